package org.ecgautoencoder.io;

import java.util.List;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way every job reads beat archives: expands the input paths (files, folders, globs; any Hadoop
 * filesystem), picks the format (input.format, or by file name), checks the widths before any work (every CSV
 * file's first row, the Parquet schema and first beat) and returns the archive, to be read in parallel into
 * {@link BeatColumns} rows: CSV, gzip CSV and Parquet alike, with the same rejects and the same record_id rule.
 */
public final class ArchiveReader {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveReader.class);

  private ArchiveReader() {}

  /**
   * @param input its beat-length is the width expected (the model's, for the jobs that score)
   * @param expectedBy who expects that width, for the message ("model 929d176b07717567", "input.beat-length")
   */
  public static BeatArchive open(SparkSession spark, InputConfig input, String expectedBy) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> files = HadoopPaths.expandToFiles(input.paths(), sc.hadoopConfiguration());
    InputFormat format = ArchiveFormats.of(files, input.format());
    ReadCounters counters = ReadCounters.register(sc.sc(), "read." + UUID.randomUUID().toString().substring(0, 8));
    if (format.isRecording()) {
      List<String> recordings = ArchiveFormats.recordings(files, format);
      LOG.info(
          "Reading {} {} recording(s) from {}: first {} ({} other file(s) there are read through them or are not"
              + " recordings)", recordings.size(), format.name().toLowerCase(java.util.Locale.ROOT), input.paths(), recordings.get(0),
          files.size() - recordings.size());
      return BeatArchive.ofRecordings(spark, RecordingArchiveInput.open(sc, input, format, recordings, expectedBy), counters);
    }
    LOG.info("Reading {} {} file(s) from {}: first {}", files.size(), format.name().toLowerCase(java.util.Locale.ROOT), input.paths(), files.get(0));
    ArchiveInput<?> archive =
        format == InputFormat.PARQUET
            ? ParquetArchiveInput.open(spark, input, files, expectedBy)
            : CsvArchiveInput.open(sc, input, files, expectedBy);
    return new BeatArchive(spark, archive, input.beatLength(), counters);
  }
}
