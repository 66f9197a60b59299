package org.ecgautoencoder.io;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The rejects pass, run only when the scoring pass counted rejected rows: reads the same partitions with the
 * same parser and emits each rejected row (file, row, reason, detail, raw text). Valid rows are dropped.
 */
final class RejectsTask<T> implements FlatMapFunction<Iterator<T>, Row> {
  private static final int ROWS_PER_READ = 4096;

  private final BeatSourceFactory<T> sources;
  private final int beatLength;

  RejectsTask(BeatSourceFactory<T> sources, int beatLength) {
    this.sources = sources;
    this.beatLength = beatLength;
  }

  @Override
  public Iterator<Row> call(Iterator<T> partition) {
    BeatSource source = sources.openInTask(partition);
    BeatBatch discarded = new BeatBatch(ROWS_PER_READ, beatLength);
    ArrayDeque<RejectedRow> pending = new ArrayDeque<>();
    return new Iterator<>() {
      private boolean more = true;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && more) {
          discarded.clear();
          more = source.fill(discarded, pending::add);
          if (!more) {
            source.close();
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return RejectsWriter.toRow(pending.poll());
      }
    };
  }
}
