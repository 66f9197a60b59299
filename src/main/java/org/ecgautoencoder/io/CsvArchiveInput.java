package org.ecgautoencoder.io;

import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.ecgautoencoder.config.InputConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV archives: one Spark partition per file or per byte range of a large uncompressed file (see
 * {@link CsvSplits}), after checking in parallel that every file's first row is as wide as the model expects.
 */
public final class CsvArchiveInput {
  private static final Logger LOG = LoggerFactory.getLogger(CsvArchiveInput.class);

  private CsvArchiveInput() {}

  /** @param expectedBy who expects the width, for the message ("model 929d176b07717567") */
  public static ArchiveInput<CsvSplit> open(
      JavaSparkContext sc, InputConfig input, List<String> files, String expectedBy) {
    Configuration hadoopConf = sc.hadoopConfiguration();
    HadoopSettings settings = new HadoopSettings(hadoopConf);
    CsvBeatParser parser = new CsvBeatParser(input);
    checkWidths(sc, input, files, settings, parser, expectedBy);
    List<CsvSplit> splits = CsvSplits.plan(sc, files, settings, input.csvSplitBytes());
    long totalBytes = splits.stream().mapToLong(CsvSplit::length).sum();
    LOG.info("CSV input: {} file(s), {} bytes, {} task(s)", files.size(), totalBytes, splits.size());
    return new ArchiveInput<>(
        "csv", files, totalBytes, sc.parallelize(splits, splits.size()), new Sources(settings, parser), totalBytes,
        "bytes");
  }

  /** Reads each file's first non-blank row (a small parallel job) and fails on the first width mismatch. */
  private static void checkWidths(
      JavaSparkContext sc, InputConfig input, List<String> files, HadoopSettings settings, CsvBeatParser parser,
      String expectedBy) {
    List<FirstRow> firstRows =
        sc.parallelize(files, Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4)))
            .map(file -> FirstRow.of(file, settings.toConfiguration(), parser))
            .collect();
    List<FirstRow> mismatched =
        firstRows.stream().filter(row -> row.fields() > 0 && row.fields() != input.fieldsPerRow()).toList();
    if (!mismatched.isEmpty()) {
      FirstRow first = mismatched.get(0);
      List<String> examples =
          mismatched.stream().limit(5).map(row -> row.file() + " (line " + row.rowIndex() + ": " + row.fields() + " fields)").toList();
      int extra = input.fieldsPerRow() - input.beatLength();
      throw new IllegalArgumentException(
          "Input width mismatch: " + first.file() + " has rows of " + first.fields() + " fields (" + (first.fields() - extra)
              + " samples) but " + expectedBy + " expects " + input.beatLength() + " samples per beat ("
              + input.fieldsPerRow() + " fields: " + input.csvRowLayout() + "); " + mismatched.size() + " of "
              + files.size() + " file(s) differ: " + examples);
    }
  }

  /** The first non-blank line of a file: how many fields it has (0 for an empty file) and where it is. */
  record FirstRow(String file, long rowIndex, long fields) implements java.io.Serializable {
    static FirstRow of(String file, Configuration conf, CsvBeatParser parser) {
      try (CsvFileScan scan = new CsvFileScan(file, conf, parser)) {
        long[] rowAndFields = scan.firstNonBlankLine();
        return rowAndFields == null
            ? new FirstRow(file, -1, 0)
            : new FirstRow(file, rowAndFields[0], rowAndFields[1]);
      }
    }
  }

  private record Sources(HadoopSettings settings, CsvBeatParser parser) implements BeatSourceFactory<CsvSplit> {
    @Override
    public BeatSource open(Iterator<CsvSplit> partition) {
      return new CsvFilesSource(partition, settings.toConfiguration(), parser);
    }
  }
}
