package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The score job's output table (columns documented in README.md, "Output"). Tasks emit only what varies per
 * row; the per-run constants (threshold, model id, scored_at, partition value) and the derived columns
 * (record_id, verdict) are added by Spark expressions, which costs nothing per row in Java.
 */
final class ScoreTable {
  static final String SEGMENT_ERRORS = "segment_errors";
  static final String LATENT_CODE = "latent_code";

  private ScoreTable() {}

  /** What {@link ScoringTask} emits. */
  static StructType taskSchema(boolean segmentErrors, boolean latentCode) {
    List<StructField> fields =
        new ArrayList<>(
            List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("source_file", DataTypes.StringType, false),
                DataTypes.createStructField("row_index", DataTypes.LongType, false),
                DataTypes.createStructField("label", DataTypes.DoubleType, true),
                DataTypes.createStructField("reconstruction_error", DataTypes.DoubleType, false),
                DataTypes.createStructField("is_anomaly", DataTypes.BooleanType, false)));
    if (segmentErrors) {
      fields.add(DataTypes.createStructField(SEGMENT_ERRORS, DataTypes.createArrayType(DataTypes.FloatType, false), false));
    }
    if (latentCode) {
      fields.add(DataTypes.createStructField(LATENT_CODE, DataTypes.createArrayType(DataTypes.FloatType, false), false));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * @param hasIds whether record_id comes from the input's id (else source file + ':' + row index)
   */
  static Dataset<Row> outputColumns(
      Dataset<Row> taskRows, boolean hasIds, double threshold, String modelId, Timestamp scoredAt,
      String partitionColumn, String partitionValue) {
    List<Column> columns = new ArrayList<>();
    columns.add(
        (hasIds ? col("id") : concat(col("source_file"), lit(":"), col("row_index").cast(DataTypes.StringType)))
            .as("record_id"));
    columns.add(col("source_file"));
    columns.add(col("row_index"));
    columns.add(col("label"));
    columns.add(col("reconstruction_error"));
    columns.add(lit(threshold).as("threshold"));
    columns.add(col("is_anomaly"));
    columns.add(when(col("is_anomaly"), lit("ANOMALY")).otherwise(lit("NORMAL")).as("verdict"));
    columns.add(lit(modelId).as("model_id"));
    columns.add(lit(scoredAt).as("scored_at"));
    for (String extra : List.of(SEGMENT_ERRORS, LATENT_CODE)) {
      if (List.of(taskRows.columns()).contains(extra)) {
        columns.add(col(extra));
      }
    }
    columns.add(lit(partitionValue).as(partitionColumn));
    return taskRows.select(columns.toArray(Column[]::new));
  }
}
