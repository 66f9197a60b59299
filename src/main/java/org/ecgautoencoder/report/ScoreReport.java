package org.ecgautoencoder.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.ecgautoencoder.inference.WorstBeats;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score run's report, OUTPUT/_report/index.html with its PNGs: the error distribution of the run with
 * the threshold, the anomaly rate per source file and per partition of the table, the worst beats with
 * their reconstructions, and the manifest's counts and throughput. The aggregations run in Spark over the
 * committed table; only bin counts, per-file counts and a few beats reach the driver. Written after the
 * commit (the table is complete without it), on any Hadoop filesystem.
 */
public final class ScoreReport {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreReport.class);
  public static final String FOLDER = "_report";
  private static final int BINS = 50;
  private static final int FILES_LISTED = 50;

  private ScoreReport() {}

  /** Writes TABLE/_report/ for a committed run. */
  public static void write(SparkSession spark, ScorePipeline.ScoreResult result) {
    ScoreManifest manifest = result.manifest();
    List<WorstBeats.Beat> worst = result.worstBeats();
    Path local = RunReport.localFolder();
    Dataset<Row> table = spark.read().parquet(manifest.table());
    String partitionColumn = manifest.partition().column();
    Dataset<Row> run = table.where(col(partitionColumn).cast("string").equalTo(manifest.partition().value()));
    StringBuilder body = new StringBuilder();
    body.append(Html.heading(1, "Score run " + manifest.runId()));
    body.append(Html.table(facts(manifest)));
    try {
      body.append(Html.heading(2, "Errors and the threshold"))
          .append(Html.paragraph("Every beat of this run; the vertical line is the threshold, beats at or above it are flagged."));
      JFreeChart histogram = histogram(run, manifest.model().threshold());
      if (histogram != null) {
        RunReport.appendChart(local, body, "errors.png", histogram);
      }
      body.append(Html.heading(2, "Anomaly rate per source file"))
          .append(Html.paragraph("This run's files, highest rate first (at most " + FILES_LISTED + ")."))
          .append(rates(run, "source_file", FILES_LISTED));
      body.append(Html.heading(2, "Anomaly rate per partition"))
          .append(Html.paragraph("Every partition of the table at " + manifest.table() + "."))
          .append(rates(table, partitionColumn, Integer.MAX_VALUE));
      body.append(Html.heading(2, "The worst beats"))
          .append(Html.paragraph("The " + worst.size() + " beats with the largest error, each against its reconstruction (normalised units)."));
      int n = 1;
      for (WorstBeats.Beat beat : worst) {
        RunReport.appendChart(local, body, "worst-" + n++ + ".png",
            ReportCharts.reconstruction(ReportCharts.shortId(beat.recordId()), beat.normalised(), beat.reconstruction(), beat.error()));
      }
      Files.writeString(local.resolve("index.html"), Html.page("Score run " + manifest.runId(), body.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the score report under " + manifest.table(), e);
    }
    String target = HadoopFiles.child(manifest.table(), FOLDER);
    RunReport.publish(new HadoopFiles(spark.sparkContext().hadoopConfiguration()), local, target);
    LOG.info("Score report written to {}/index.html", target);
  }

  private static Map<String, String> facts(ScoreManifest m) {
    Map<String, String> facts = RunReport.facts();
    ScoreManifest.Counts counts = m.counts();
    facts.put("model id", m.model().id());
    facts.put("partition", m.partition().column() + "=" + m.partition().value());
    facts.put("inputs", String.join(", ", m.input().paths()) + " (" + m.input().files() + " " + m.input().format() + " file(s), " + m.input().bytes() + " bytes)");
    facts.put("records read", Long.toString(counts.read()));
    facts.put("records scored", Long.toString(counts.scored()));
    facts.put("records rejected", counts.rejected() + " " + counts.rejectedByReason());
    facts.put("anomalies", counts.anomalies() + String.format(Locale.ROOT, " (%.2f%%)", 100 * counts.anomalyRate()));
    facts.put("threshold", Double.toString(m.model().threshold()));
    facts.put("seconds", String.format(Locale.ROOT, "%.1f", m.timing().seconds()));
    facts.put("records per second", String.format(Locale.ROOT, "%.0f", m.timing().recordsPerSecond()));
    facts.put("started / finished", m.timing().startedAt() + " / " + m.timing().finishedAt());
    return facts;
  }

  private static JFreeChart histogram(Dataset<Row> run, double threshold) {
    Row range = run.agg(min("reconstruction_error"), max("reconstruction_error")).first();
    if (range.isNullAt(0)) {
      return null;
    }
    double low = Math.min(range.getDouble(0), threshold);
    double high = Math.max(range.getDouble(1), threshold);
    double width = high > low ? (high - low) / BINS : 1;
    long[] counts = new long[BINS];
    List<Row> bins =
        run.select(floor(col("reconstruction_error").minus(lit(low)).divide(lit(width))).as("bin"))
            .groupBy("bin").agg(count(lit(1))).collectAsList();
    for (Row bin : bins) {
      int index = (int) Math.min(BINS - 1, Math.max(0, bin.getLong(0)));
      counts[index] += bin.getLong(1);
    }
    return ReportCharts.binnedErrors("Reconstruction error of this run's beats", low, width, counts, threshold);
  }

  private static String rates(Dataset<Row> rows, String column, int limit) {
    List<Row> groups =
        rows.groupBy(col(column).cast("string").as("group"))
            .agg(count(lit(1)).as("beats"), sum(col("is_anomaly").cast("long")).as("anomalies"))
            .collectAsList();
    List<List<String>> lines = new ArrayList<>();
    groups.stream()
        .sorted(Comparator.comparingDouble((Row r) -> -(double) r.getLong(2) / r.getLong(1)))
        .limit(limit)
        .forEach(r -> lines.add(List.of(
            String.valueOf(r.getString(0)), Long.toString(r.getLong(1)), Long.toString(r.getLong(2)),
            String.format(Locale.ROOT, "%.2f%%", 100.0 * r.getLong(2) / r.getLong(1)))));
    return Html.grid(List.of(column, "beats", "anomalies", "anomaly rate"), lines);
  }
}
