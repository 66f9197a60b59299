package org.ecgautoencoder.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.CsvIdField;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.ScoreConfig;
import org.ecgautoencoder.io.ArchiveFormats;
import org.ecgautoencoder.io.ArchiveInput;
import org.ecgautoencoder.io.CsvArchiveInput;
import org.ecgautoencoder.io.HadoopPaths;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.io.ParquetArchiveInput;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.io.StagedTableCommit;
import org.ecgautoencoder.model.ModelBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score job as a recipe: list and check the input against the model -> score every partition in batches
 * into a staged Parquet table -> write the rejected rows (a second pass, only when there are any) -> count
 * what was written -> apply the reject limit -> commit the run's partition with its manifest.
 */
public final class ScorePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(ScorePipeline.class);
  public static final String MANIFEST_FILE = "_manifest.json";
  private WorstBeats lastWorstBeats;

  private final SparkSession spark;
  private final EcgConfig config;

  public ScorePipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * @param outputRoot the table's root: any Hadoop path
   * @param ioBaseline the benchmark's baseline: same reading and writing, no network (errors are 0)
   */
  /** The last run's beats with the largest errors (for its report); empty before a run. */
  public List<WorstBeats.Beat> worstBeats() {
    return lastWorstBeats == null ? List.of() : lastWorstBeats.value();
  }

  public ScoreManifest run(ModelBundle bundle, String modelPath, String outputRoot, boolean ioBaseline) {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoopConf = sc.hadoopConfiguration();
    ScoreConfig score = config.score();
    String modelId = bundle.manifest().modelId();
    String partitionValue =
        score.partitionValue().isEmpty()
            ? DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC))
            : score.partitionValue();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(started.atZone(ZoneOffset.UTC)) + "-"
        + UUID.randomUUID().toString().substring(0, 8);

    InputConfig input = config.input().withBeatLength(bundle.beatLength());
    List<String> files = HadoopPaths.expandToFiles(input.paths(), hadoopConf);
    InputFormat format = ArchiveFormats.of(files, input.format());
    String expectedBy = "model " + modelId;
    ArchiveInput<?> archive =
        format == InputFormat.PARQUET
            ? ParquetArchiveInput.open(spark, input, files, expectedBy)
            : CsvArchiveInput.open(sc, input, files, score.csvSplitBytes(), expectedBy);
    LOG.info(
        "Score run {}: model {} (threshold {}) over {} {} file(s) -> {} partition {}={}{}", runId, modelId,
        bundle.threshold().value(), files.size(), archive.format(), outputRoot, score.partitionColumn(),
        partitionValue, ioBaseline ? " [I/O BASELINE: no model, stand-in errors]" : "");

    StagedTableCommit commit = StagedTableCommit.begin(hadoopConf, outputRoot, runId);
    try {
      ScoringCounters counters = ScoringCounters.register(sc.sc(), "score." + runId);
      lastWorstBeats = counters.worstBeats();
      ScoringTask.Settings settings =
          new ScoringTask.Settings(
              score.batchSize(), bundle.beatLength(), score.segmentErrors(),
              score.latentCode() ? bundle.codeLayer().index() : -1, score.latentCode() ? bundle.codeLayer().width() : 0,
              bundle.threshold(), ioBaseline);
      Broadcast<ScoringModel> model = sc.broadcast(bundle.scoringModel());
      try (ScoringProgress progress =
          ScoringProgress.start(
              sc.sc(), counters, archive.totalProgressUnits(), archive.progressUnit(),
              score.progressIntervalSeconds())) {
        writeScores(archive, model, settings, counters, modelId, started, partitionValue, commit.stagedTablePath());
      }
      model.destroy();
      LOG.info("Scoring pass done: {} records scored, {} rejected (task counts)", counters.records().value(), counters.rejected().value());
      if (counters.rejected().value() > 0) {
        writeRejects(archive, bundle.beatLength(), partitionValue, commit.stagedRejectsPath());
      }
      // The staged partition replaces the table's and the rejects' folders alike (see StagedTableCommit).
      ensurePartitionFolder(hadoopConf, commit.stagedTablePath(), partitionValue);

      WrittenCounts written = WrittenCounts.read(spark, commit.stagedTablePath(), commit.stagedRejectsPath());
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      long read = written.scored() + written.rejected();
      ScoreManifest manifest =
          new ScoreManifest(
              runId, "committed", started.toString(), Instant.now().toString(), input.paths(), archive.format(),
              files.size(), archive.inputBytes(), modelId, modelPath, bundle.threshold().value(),
              score.partitionColumn(), partitionValue, read, written.scored(), written.rejected(),
              written.rejectedByReason(), written.anomalies(),
              written.scored() == 0 ? 0 : (double) written.anomalies() / written.scored(), seconds, read / seconds,
              outputRoot, new Path(outputRoot, "_rejects").toString(), ioBaseline);
      checkRejectLimit(manifest, input.maxRejectedFraction(), commit, hadoopConf);
      commit.commit(Map.of(MANIFEST_FILE, Json.toJson(manifest).getBytes(StandardCharsets.UTF_8)));
      return manifest;
    } catch (RuntimeException e) {
      commit.abort();
      throw e;
    }
  }

  private <T> void writeScores(
      ArchiveInput<T> archive, Broadcast<ScoringModel> model, ScoringTask.Settings settings, ScoringCounters counters,
      String modelId, Instant started, String partitionValue, String stagedTable) {
    ScoreConfig score = config.score();
    JavaRDD<Row> rows =
        archive.partitions().mapPartitions(new ScoringTask<>(archive.sources(), model, settings, counters));
    Dataset<Row> taskRows = spark.createDataFrame(rows, ScoreTable.taskSchema(score.segmentErrors() > 0, score.latentCode()));
    boolean hasIds =
        "parquet".equals(archive.format()) ? config.input().parquet().hasId() : config.input().idField() == CsvIdField.FIRST;
    Dataset<Row> table =
        ScoreTable.outputColumns(
            taskRows, hasIds, settings.threshold().value(), modelId, Timestamp.from(started), score.partitionColumn(),
            partitionValue);
    table.write().partitionBy(score.partitionColumn()).parquet(stagedTable);
  }

  private <T> void writeRejects(ArchiveInput<T> archive, int beatLength, String partitionValue, String stagedRejects) {
    LOG.info("Rejects pass: re-reading the input to write the rejected rows with their reasons");
    JavaRDD<Row> rows = archive.partitions().mapPartitions(new RejectsTask<>(archive.sources(), beatLength));
    spark.createDataFrame(rows, RejectsWriter.SCHEMA)
        .withColumn(config.score().partitionColumn(), org.apache.spark.sql.functions.lit(partitionValue))
        .write()
        .partitionBy(config.score().partitionColumn())
        .parquet(stagedRejects);
  }

  /** A run with no rows (or no rejects) still replaces its partition: an empty folder is that partition. */
  private void ensurePartitionFolder(Configuration conf, String stagedTable, String partitionValue) {
    Path partition = new Path(stagedTable, config.score().partitionColumn() + "=" + partitionValue);
    try {
      partition.getFileSystem(conf).mkdirs(partition);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + partition, e);
    }
  }

  private static void checkRejectLimit(
      ScoreManifest manifest, double maxRejectedFraction, StagedTableCommit commit, Configuration conf) {
    double fraction = manifest.recordsRead() == 0 ? 0 : (double) manifest.recordsRejected() / manifest.recordsRead();
    if (fraction <= maxRejectedFraction) {
      return;
    }
    Path kept = FailedRuns.keepRejects(conf, manifest, commit.stagedRejectsPath());
    throw new IllegalArgumentException(
        String.format(
            "%d of %d input rows (%.4f%%) were rejected %s, above input.max-rejected-fraction = %s; nothing was "
                + "committed to %s (the previous table is intact). The rejected rows with file, row and reason: %s",
            manifest.recordsRejected(), manifest.recordsRead(), 100 * fraction, manifest.rejectedByReason(),
            maxRejectedFraction, manifest.table(), kept));
  }

}
