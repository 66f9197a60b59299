package org.ecgautoencoder.score;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.ecgautoencoder.commit.StagedTableCommit;
import org.ecgautoencoder.config.CsvIdField;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.ScoreConfig;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.recording.RecordingSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of scores tables: scores one run's rows into a staged partition ({@link ScoreTable}'s
 * columns), writes the rejected rows beside them (a second pass, only when the reading counted any), counts
 * what was written, applies the reject limit, and commits the partition with its manifest
 * ({@link StagedTableCommit}): a reader sees the previous table or the new one, never a mix.
 */
public final class ScoreTableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreTableWriter.class);
  public static final String MANIFEST_FILE = "_manifest.json";
  public static final String REJECTS_FOLDER = "_rejects";

  private final SparkSession spark;
  private final ScoreConfig score;
  private final InputConfig input;

  public ScoreTableWriter(SparkSession spark, ScoreConfig score, InputConfig input) {
    this.spark = spark;
    this.score = score;
    this.input = input;
  }

  /**
   * Writes the scores of every valid row of {@code archive}.
   *
   * @param scored the model's transform of {@code archive}'s rows
   * @param outputRoot the table's root: any Hadoop path
   * @throws IllegalArgumentException beyond input.max-rejected-fraction, after keeping the rejects apart and
   *     committing nothing
   */
  public ScoreManifest write(Dataset<Row> scored, BeatArchive archive, ScoreRun run, String outputRoot) {
    return write(scored, archive, ValidRows.ALL_SCORED, run, outputRoot);
  }

  /**
   * As {@link #writeSubset(Dataset, BeatArchive, long, ScoreRun, String)}, for recordings of which only some
   * records are scored (evaluate's test records): the per-record table holds those.
   */
  public ScoreManifest writeSubset(
      Dataset<Row> scored, BeatArchive archive, long validRowsRead, List<RecordingSummary> scoredRecords, ScoreRun run,
      String outputRoot) {
    return write(scored, archive, new ValidRows(validRowsRead, scoredRecords), run, outputRoot);
  }

  /**
   * Writes the scores of some of {@code archive}'s valid rows (evaluate's test rows): the reject limit and the
   * manifest's rows read count all {@code validRowsRead} of them.
   */
  public ScoreManifest writeSubset(
      Dataset<Row> scored, BeatArchive archive, long validRowsRead, ScoreRun run, String outputRoot) {
    return write(scored, archive, new ValidRows(validRowsRead, null), run, outputRoot);
  }

  /**
   * How many valid rows were read: those scored ({@link #ALL_SCORED}) or a count given; and for recordings the
   * records scored: all read, or those given.
   */
  private record ValidRows(long count, List<RecordingSummary> scoredRecords) {
    static final ValidRows ALL_SCORED = new ValidRows(-1, null);

    long of(WrittenCounts written) {
      return count < 0 ? written.scored() : count;
    }

    List<RecordingSummary> records(BeatArchive archive) {
      return scoredRecords != null ? scoredRecords : archive.recordingSummaries();
    }
  }

  private ScoreManifest write(
      Dataset<Row> scored, BeatArchive archive, ValidRows validRows, ScoreRun run, String outputRoot) {
    long startNanos = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String root = new HadoopFiles(conf).qualified(outputRoot);
    StagedTableCommit commit = StagedTableCommit.begin(conf, root, run.runId());
    try {
      try (ScoringProgress progress =
          ScoringProgress.start(
              spark.sparkContext(), archive.counters(), archive.totalProgressUnits(), archive.progressUnit(),
              score.progressIntervalSeconds())) {
        ScoreTable.outputColumns(scored, run).write().partitionBy(run.partition().column()).parquet(commit.stagedTablePath());
      }
      LOG.info(
          "Scoring pass done: {} records read, {} rejected (task counts)", archive.counters().records().value(),
          archive.counters().rejected().value());
      if (archive.counters().rejected().value() > 0) {
        LOG.info("Rejects pass: re-reading the input to write the rejected rows with their reasons");
        archive.rejects()
            .withColumn(run.partition().column(), functions.lit(run.partition().value()))
            .write()
            .partitionBy(run.partition().column())
            .parquet(commit.stagedRejectsPath());
      }
      WrittenCounts written =
          WrittenCounts.read(spark, commit.stagedTablePath(), commit.stagedRejectsPath(), idsNameRows(archive));
      if (written.duplicateIds() != null && written.duplicateIds() > 0) {
        LOG.warn(
            "{} scored rows repeat a record_id of an earlier row (counted in _manifest.json as duplicate_ids): the "
                + "ids the input gives do not name one beat each", written.duplicateIds());
      }
      String records = archive.isRecordings() ? RecordSummaryTable.root(root) : null;
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      long read = validRows.of(written) + written.rejected();
      ScoreManifest manifest =
          new ScoreManifest(
              run.runId(), "committed",
              new ScoreManifest.Timing(run.started().toString(), Instant.now().toString(), seconds, read / seconds),
              new ScoreManifest.Input(input.paths(), archive.format(), archive.files().size(), archive.inputBytes()),
              run.model(), run.partition(),
              new ScoreManifest.Counts(
                  read, written.scored(), written.rejected(), written.rejectedByReason(), written.anomalies(),
                  written.scored() == 0 ? 0 : (double) written.anomalies() / written.scored(), written.duplicateIds()),
              root, HadoopFiles.child(root, REJECTS_FOLDER), records);
      checkRejectLimit(manifest, archive, commit, conf);
      checkSomethingScored(manifest, commit, conf);
      if (records != null) {
        // Beside the table, not inside its commit: written once the run is known to commit (see README limits).
        RecordSummaryTable.write(spark, commit.stagedTablePath(), validRows.records(archive), run, records);
      }
      commit.commit(Map.of(MANIFEST_FILE, Json.toJson(manifest).getBytes(StandardCharsets.UTF_8)));
      return manifest;
    } catch (RuntimeException e) {
      commit.abort();
      throw e;
    }
  }

  /**
   * Whether record_id comes from the input (a CSV id field, a Parquet id column), so that it may repeat; otherwise
   * it is the row's file and position, or a recording's record name, which its beats share by design.
   */
  private boolean idsNameRows(BeatArchive archive) {
    return !archive.isRecordings() && (input.idField() == CsvIdField.FIRST || input.parquet().hasId());
  }

  /**
   * A run without a single scored row commits nothing: its partition would be a folder without a Parquet file,
   * which no reader can open, and would replace the previous run's rows with nothing (an empty input, or every
   * row rejected under a reject limit of 1).
   */
  private static void checkSomethingScored(ScoreManifest manifest, StagedTableCommit commit, Configuration conf) {
    ScoreManifest.Counts counts = manifest.counts();
    if (counts.scored() > 0) {
      return;
    }
    String rejects =
        counts.rejected() == 0 ? "" : " The rejected rows with file, row and reason: "
            + FailedRuns.keepRejects(conf, manifest, commit.stagedRejectsPath());
    throw new IllegalArgumentException(
        String.format(
            "The input has no valid row to score (%d rows read, %d rejected %s); nothing was committed to %s (the "
                + "previous table is intact).%s",
            counts.read(), counts.rejected(), counts.rejectedByReason(), manifest.table(), rejects));
  }

  private void checkRejectLimit(
      ScoreManifest manifest, BeatArchive archive, StagedTableCommit commit, Configuration conf) {
    ScoreManifest.Counts counts = manifest.counts();
    // Recordings are rejected whole: their fraction is of the records read, not of the beats the others gave.
    long of = archive.isRecordings() ? archive.files().size() : counts.read();
    double fraction = of == 0 ? 0 : (double) counts.rejected() / of;
    double limit = input.maxRejectedFraction();
    if (fraction <= limit) {
      return;
    }
    Path kept = FailedRuns.keepRejects(conf, manifest, commit.stagedRejectsPath());
    throw new IllegalArgumentException(
        String.format(
            "%d of %d input %s (%.4f%%) were rejected %s, above input.max-rejected-fraction = %s; nothing was "
                + "committed to %s (the previous table is intact). The rejected rows with file, row and reason: %s",
            counts.rejected(), of, archive.isRecordings() ? "recordings" : "rows", 100 * fraction, counts.rejectedByReason(), limit, manifest.table(), kept));
  }
}
