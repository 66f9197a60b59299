package org.ecgautoencoder.io;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows every job reads an archive into, whatever its format: one row per valid beat,
 *
 * <pre>
 *   record_id    string, not null   the input's id (input.id-field, input.parquet.id-column), else source_file:row_index
 *   source_file  string, not null   the file, as a fully qualified Hadoop path
 *   row_index    long, not null     0-based line (CSV, blank and rejected lines counted) or row (Parquet) in it
 *   label        double             the label column's value; null where the input has none
 *   beat         array&lt;float&gt;, not null   the samples as read (float32, as the network computes)
 * </pre>
 *
 * The record_id rule lives here alone ({@link #recordId(String, String, long)}), so a row has the same id in every
 * job's output.
 */
public final class BeatColumns {
  public static final String RECORD_ID = "record_id";
  public static final String SOURCE_FILE = "source_file";
  public static final String ROW_INDEX = "row_index";
  public static final String LABEL = "label";
  public static final String BEAT = "beat";
  /** The rows' schema, in the documented column order. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(RECORD_ID, DataTypes.StringType, false),
            DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
            DataTypes.createStructField(ROW_INDEX, DataTypes.LongType, false),
            DataTypes.createStructField(LABEL, DataTypes.DoubleType, true),
            DataTypes.createStructField(BEAT, DataTypes.createArrayType(DataTypes.FloatType, false), false)
          });

  private BeatColumns() {}

  /** The input's id when it has one, else file and line: stable across reruns either way. */
  public static String recordId(String id, String sourceFile, long rowIndex) {
    return id != null ? id : sourceFile + ":" + rowIndex;
  }

}
