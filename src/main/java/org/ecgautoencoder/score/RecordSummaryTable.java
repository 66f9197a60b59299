package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.RecordingColumns;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.recording.AamiClass;
import org.ecgautoencoder.recording.RecordingSummary;

/**
 * The per-record summary of a score run over recordings: one row per record read, from what reading it found
 * (length, unscorable stretches, the detection's match with its reference annotations) and what the run wrote
 * for it (beats, anomalies, heart rate). Written beside the per-beat table, in {@code <table>-records/}, in the
 * run's partition, and named in the per-beat table's _manifest.json. Columns in README.md, "Outputs".
 */
final class RecordSummaryTable {
  static final String SUFFIX = "-records";
  private static final double SECONDS_PER_HOUR = 3600;

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("record_id", DataTypes.StringType, false),
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("lead", DataTypes.StringType, false),
            DataTypes.createStructField("sampling_frequency_hz", DataTypes.DoubleType, false),
            DataTypes.createStructField("duration_seconds", DataTypes.DoubleType, false),
            DataTypes.createStructField("beats", DataTypes.LongType, false),
            DataTypes.createStructField("anomalies", DataTypes.LongType, false),
            DataTypes.createStructField("anomalies_per_hour", DataTypes.DoubleType, false),
            DataTypes.createStructField("mean_heart_rate_bpm", DataTypes.DoubleType, true),
            DataTypes.createStructField("unscorable_seconds", DataTypes.DoubleType, false),
            DataTypes.createStructField("unscorable_stretches", DataTypes.IntegerType, false),
            DataTypes.createStructField("reference_beats", DataTypes.LongType, true),
            DataTypes.createStructField("detection_sensitivity", DataTypes.DoubleType, true),
            DataTypes.createStructField("detection_positive_predictivity", DataTypes.DoubleType, true),
            DataTypes.createStructField("reference_abnormal_beats", DataTypes.LongType, true),
            DataTypes.createStructField("flagged_abnormal_beats", DataTypes.LongType, true),
            DataTypes.createStructField("flagged_normal_beats", DataTypes.LongType, true)
          });

  /** Abnormal as metrics.json counts it: SVEB, VEB or F (Q, paced and unclassifiable, is neither). */
  private static final Column ABNORMAL =
      col(BeatColumns.LABEL).isin(AamiClass.SVEB.label(), AamiClass.VEB.label(), AamiClass.F.label());
  private static final Column NORMAL = col(BeatColumns.LABEL).equalTo(lit(AamiClass.N.label()));

  private RecordSummaryTable() {}

  /** Where the summary of the per-beat table at {@code tableRoot} goes: beside it, {@code <table>-records}. */
  static String root(String tableRoot) {
    return new Path(new Path(tableRoot).getParent(), new Path(tableRoot).getName() + SUFFIX).toString();
  }

  /** Writes the run's partition of the summary table at {@code root}. */
  static void write(
      SparkSession spark, String stagedTable, List<RecordingSummary> summaries, ScoreRun run, String root) {
    Map<String, Row> written = new HashMap<>();
    Dataset<Row> beats = spark.read().parquet(stagedTable);
    for (Row row :
        beats.groupBy(col(BeatColumns.SOURCE_FILE))
            .agg(
                count(lit(1)),
                sum(when(col(ModelColumns.IS_ANOMALY), lit(1L)).otherwise(lit(0L))),
                avg(col(RecordingColumns.RR_PREVIOUS_SECONDS)),
                sum(when(ABNORMAL, lit(1L)).otherwise(lit(0L))),
                sum(when(ABNORMAL.and(col(ModelColumns.IS_ANOMALY)), lit(1L)).otherwise(lit(0L))),
                sum(when(NORMAL.and(col(ModelColumns.IS_ANOMALY)), lit(1L)).otherwise(lit(0L))))
            .collectAsList()) {
      written.put(row.getString(0), row);
    }
    List<Row> rows = new ArrayList<>();
    for (RecordingSummary summary : summaries) {
      Row counts = written.get(summary.sourceFile());
      long beatCount = counts == null ? 0 : counts.getLong(1);
      long anomalies = counts == null ? 0 : counts.getLong(2);
      Double meanRr = counts == null || counts.isNullAt(3) ? null : counts.getDouble(3);
      boolean annotated = summary.annotated();
      rows.add(
          RowFactory.create(
              summary.recordId(), summary.sourceFile(), summary.lead(), summary.samplingFrequencyHz(),
              summary.durationSeconds(), beatCount, anomalies,
              anomaliesPerHour(anomalies, summary),
              meanRr == null || meanRr <= 0 ? null : 60 / meanRr, summary.unscorableSeconds(),
              summary.unscorableStretches(), annotated ? summary.referenceBeats() : null,
              annotated ? ratio(summary.truePositives(), summary.truePositives() + summary.falseNegatives()) : null,
              annotated ? ratio(summary.truePositives(), summary.truePositives() + summary.falsePositives()) : null,
              annotated && counts != null ? counts.getLong(4) : null,
              annotated && counts != null ? counts.getLong(5) : null,
              annotated && counts != null ? counts.getLong(6) : null));
    }
    String partition = run.partition().column() + "=" + run.partition().value();
    spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(new Path(root, partition).toString());
  }

  /** Per hour of scorable signal: the stretches where the lead was off give no beats. */
  private static double anomaliesPerHour(long anomalies, RecordingSummary summary) {
    double scorable = summary.durationSeconds() - summary.unscorableSeconds();
    return scorable > 0 ? anomalies * SECONDS_PER_HOUR / scorable : 0.0;
  }

  private static Double ratio(long numerator, long denominator) {
    return denominator == 0 ? null : (double) numerator / denominator;
  }
}
