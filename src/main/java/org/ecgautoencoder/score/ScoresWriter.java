package org.ecgautoencoder.score;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Writes per-record scores as Parquet, one row per scored beat. Columns are documented in README.md. */
public final class ScoresWriter {
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("record_id", DataTypes.StringType, false),
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("row_index", DataTypes.LongType, false),
            DataTypes.createStructField("label", DataTypes.DoubleType, true),
            DataTypes.createStructField("reconstruction_error", DataTypes.DoubleType, false),
            DataTypes.createStructField("threshold", DataTypes.DoubleType, false),
            DataTypes.createStructField("is_anomaly", DataTypes.BooleanType, false),
            DataTypes.createStructField("verdict", DataTypes.StringType, false),
            DataTypes.createStructField("model_id", DataTypes.StringType, false)
          });

  private ScoresWriter() {}

  public static void write(
      SparkSession spark, JavaRDD<RecordScore> scores, Threshold threshold, String modelId, String path) {
    JavaRDD<Row> rows = scores.map(new ToRow(threshold, modelId));
    spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).parquet(path);
  }

  private static final class ToRow implements Function<RecordScore, Row> {
    private final Threshold threshold;
    private final String modelId;

    ToRow(Threshold threshold, String modelId) {
      this.threshold = threshold;
      this.modelId = modelId;
    }

    @Override
    public Row call(RecordScore score) {
      boolean anomaly = threshold.isAnomaly(score.reconstructionErrorMae());
      return RowFactory.create(
          score.recordId(), score.sourceFile(), score.rowIndex(), score.label(), score.reconstructionErrorMae(),
          threshold.value(), anomaly, anomaly ? "ANOMALY" : "NORMAL", modelId);
    }
  }
}
