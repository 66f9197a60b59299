package org.ecgautoencoder.io;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.ecgautoencoder.config.InputConfig;

/**
 * Spark task body: streams one file's lines through the parser, numbering them from 0, so every row and
 * every reject can be traced to its file and line. Compressed files (.gz, .bz2) are decoded by their codec.
 */
final class NumberedLineReader implements FlatMapFunction<String, ParsedRow> {
  private static final int ROWS_PER_READ = 256;

  private final CsvBeatParser parser;
  private final HadoopSettings hadoopSettings;
  private final InputConfig input;

  NumberedLineReader(CsvBeatParser parser, InputConfig input, HadoopSettings hadoopSettings) {
    this.parser = parser;
    this.input = input;
    this.hadoopSettings = hadoopSettings;
  }

  @Override
  public Iterator<ParsedRow> call(String file) {
    return new RowIterator(new CsvFileScan(file, hadoopSettings.toConfiguration(), parser));
  }

  /** Rows in line order: the batch's valid rows and the rejects interleaved by their line numbers. */
  private final class RowIterator implements Iterator<ParsedRow> {
    private final CsvFileScan scan;
    private final BeatBatch batch = new BeatBatch(ROWS_PER_READ, input.beatLength());
    private final ArrayDeque<ParsedRow> pending = new ArrayDeque<>();
    private final ArrayDeque<RejectedRow> rejects = new ArrayDeque<>();
    private boolean more = true;

    RowIterator(CsvFileScan scan) {
      this.scan = scan;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && more) {
        batch.clear();
        more = scan.fill(batch, rejects::add);
        if (!more) {
          scan.close();
        }
        int row = 0;
        while (row < batch.size() || !rejects.isEmpty()) {
          boolean rejectFirst =
              !rejects.isEmpty() && (row == batch.size() || rejects.peek().rowIndex() < batch.rowIndex(row));
          if (rejectFirst) {
            pending.add(ParsedRow.rejected(rejects.poll()));
          } else {
            pending.add(ParsedRow.valid(beat(row++)));
          }
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public ParsedRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.poll();
    }

    private BeatRecord beat(int row) {
      Double label = batch.label(row);
      boolean normal = label != null && input.isNormalLabel(label);
      return new BeatRecord(
          batch.sourceFile(row), batch.rowIndex(row), batch.copyOfSamples(row), label, normal, batch.id(row));
    }
  }
}
