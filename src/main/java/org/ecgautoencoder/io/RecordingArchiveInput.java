package org.ecgautoencoder.io;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.recording.RecordingSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recordings ready to be read in parallel: one Spark task per record (its header or EDF file), so a record's
 * signal is read, searched for beats and cut where its task runs and never reaches the driver. Only each record's
 * {@link RecordingSummary} comes back, through an accumulator.
 */
final class RecordingArchiveInput {
  private static final Logger LOG = LoggerFactory.getLogger(RecordingArchiveInput.class);

  private final InputFormat format;
  private final List<String> files;
  private final long inputBytes;
  private final JavaRDD<String> records;
  private final RecordingRowsTask.Settings settings;
  private final CollectionAccumulator<RecordingSummary> summaries;
  private final CollectionAccumulator<RejectedRow> rejected;

  private RecordingArchiveInput(
      InputFormat format, List<String> files, long inputBytes, JavaRDD<String> records,
      RecordingRowsTask.Settings settings, CollectionAccumulator<RecordingSummary> summaries,
      CollectionAccumulator<RejectedRow> rejected) {
    this.format = format;
    this.files = files;
    this.inputBytes = inputBytes;
    this.records = records;
    this.settings = settings;
    this.summaries = summaries;
    this.rejected = rejected;
  }

  /** @throws IllegalArgumentException when the expected width is not the one these settings cut beats to */
  static RecordingArchiveInput open(
      JavaSparkContext sc, InputConfig input, InputFormat format, List<String> files, String expectedBy) {
    RecordingConfig recording = input.recording();
    if (recording.modelInputWidth() != input.beatLength()) {
      throw new IllegalArgumentException(
          "Recordings are cut into beats of " + recording.modelInputWidth() + " inputs (input.recording.beat-samples = "
              + recording.beatSamples() + " + " + recording.rhythmWidth() + " rhythm inputs) but " + expectedBy
              + " expects " + input.beatLength() + "; set input.beat-length = " + recording.modelInputWidth()
              + " to train on them, or score with the settings the model was trained with");
    }
    requireDistinctNames(files);
    long bytes = 0;
    try {
      for (String file : files) {
        Path path = new Path(file);
        FileStatus status = path.getFileSystem(sc.hadoopConfiguration()).getFileStatus(path);
        bytes += status.getLen();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list the recordings " + files, e);
    }
    LOG.info(
        "Recordings: {} {} file(s), {} task(s), beats of {} samples cut {} s before to {} s after each R-peak on lead {}"
            + "{}", files.size(), format.name().toLowerCase(java.util.Locale.ROOT), files.size(), recording.beatSamples(),
        recording.beforeSeconds(), recording.afterSeconds(), recording.lead(),
        recording.rhythmInputs() ? ", with " + recording.rhythmWidth() + " rhythm inputs" : "");
    CollectionAccumulator<RecordingSummary> summaries = new CollectionAccumulator<>();
    sc.sc().register(summaries, "read.recording-summaries");
    CollectionAccumulator<RejectedRow> rejected = new CollectionAccumulator<>();
    sc.sc().register(rejected, "read.recording-rejects");
    return new RecordingArchiveInput(
        format, files, bytes, sc.parallelize(files, files.size()),
        new RecordingRowsTask.Settings(new HadoopSettings(sc.hadoopConfiguration()), format, recording), summaries,
        rejected);
  }

  /**
   * A recording's rows are named by its record name (record_id), so two files of one name in one run would mix
   * their beats in every per-record result: refused, naming both.
   */
  private static void requireDistinctNames(List<String> files) {
    Map<String, String> byName = new TreeMap<>();
    for (String file : files) {
      String name = new Path(file).getName().replaceFirst("\\.[^.]*$", "");
      String other = byName.put(name, file);
      if (other != null) {
        throw new IllegalArgumentException(
            "Two recordings of one name, " + name + ": " + other + " and " + file + "; their beats would share"
                + " record_id " + name + ". Score them in separate runs, or rename one");
      }
    }
  }

  Dataset<Row> beats(SparkSession spark, ReadCounters counters) {
    return spark.internalCreateDataFrame(
        records.mapPartitions(new RecordingRowsTask(settings, counters, summaries, rejected)).rdd(),
        RecordingColumns.SCHEMA,
        false);
  }

  /**
   * The rejected records: those the reading pass met (once each, however often a record was read), or, when no
   * reading pass has run yet, a pass of its own.
   */
  Dataset<Row> rejects(SparkSession spark) {
    if (summaries.value().isEmpty() && rejected.value().isEmpty()) {
      return spark.createDataFrame(records.mapPartitions(new RecordingRejectsTask(settings)), RejectsWriter.SCHEMA);
    }
    Map<String, RejectedRow> bySource = new TreeMap<>();
    for (RejectedRow row : rejected.value()) {
      bySource.put(row.sourceFile(), row);
    }
    List<Row> rows = bySource.values().stream().map(RejectsWriter::toRow).toList();
    return spark.createDataFrame(rows, RejectsWriter.SCHEMA);
  }

  String format() {
    return format.name().toLowerCase(java.util.Locale.ROOT);
  }

  List<String> files() {
    return files;
  }

  long inputBytes() {
    return inputBytes;
  }

  /** One summary per record read, the last read of each where a record was read more than once. */
  List<RecordingSummary> summaries() {
    Map<String, RecordingSummary> bySource = new TreeMap<>();
    for (RecordingSummary summary : summaries.value()) {
      bySource.put(summary.sourceFile(), summary);
    }
    return List.copyOf(bySource.values());
  }
}
