package org.ecgautoencoder.data;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Takes beats off Spark's rows into {@link BeatRecord}s, the form training feeds DL4J: the samples as float32,
 * the label as a double, whether it is a normal label, and the record_id when the rows have one.
 */
public final class BeatRows {
  private BeatRows() {}

  /**
   * @param labelColumn the label column, or null when the rows have none (then no beat is normal)
   * @param normalLabels label values that mean a normal beat
   */
  public static JavaRDD<BeatRecord> records(
      Dataset<Row> rows, String beatColumn, String labelColumn, Set<Double> normalLabels) {
    boolean hasIds = Arrays.asList(rows.columns()).contains(BeatColumns.RECORD_ID);
    // Null samples are looked for only where the column's type allows them (the reader's beats have none).
    boolean samplesMayBeNull = ((ArrayType) rows.schema().apply(beatColumn).dataType()).containsNull();
    Column[] columns = {
      hasIds ? col(BeatColumns.RECORD_ID) : lit(null).cast(DataTypes.StringType),
      col(beatColumn).cast(DataTypes.createArrayType(DataTypes.FloatType, samplesMayBeNull)),
      labelColumn == null ? lit(null).cast(DataTypes.DoubleType) : col(labelColumn).cast(DataTypes.DoubleType)
    };
    Set<Double> normal = Set.copyOf(normalLabels);
    return rows.select(columns).queryExecution().toRdd().toJavaRDD()
        .map(row -> {
          if (row.isNullAt(1)) {
            throw new IllegalArgumentException(rowName(row) + " has a null " + beatColumn);
          }
          ArrayData beat = row.getArray(1);
          if (samplesMayBeNull) {
            for (int i = 0; i < beat.numElements(); i++) {
              if (beat.isNullAt(i)) {
                throw new IllegalArgumentException(
                    rowName(row) + " has a null sample at position " + i + " of " + beatColumn);
              }
            }
          }
          Double label = row.isNullAt(2) ? null : row.getDouble(2);
          return new BeatRecord(
              row.isNullAt(0) ? null : row.getUTF8String(0).toString(), beat.toFloatArray(), label,
              label != null && normal.contains(label));
        });
  }

  private static String rowName(InternalRow row) {
    return row.isNullAt(0) ? "A row" : "Row " + row.getUTF8String(0);
  }
}
