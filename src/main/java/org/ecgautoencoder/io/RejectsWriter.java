package org.ecgautoencoder.io;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every rejected row to Parquet (an empty table when there are none, so downstream readers always
 * find it), then enforces {@code input.max-rejected-fraction}.
 */
public final class RejectsWriter {
  private static final Logger LOG = LoggerFactory.getLogger(RejectsWriter.class);

  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("source_file", DataTypes.StringType, false),
            DataTypes.createStructField("row_index", DataTypes.LongType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("detail", DataTypes.StringType, false),
            DataTypes.createStructField("raw_text", DataTypes.StringType, false)
          });

  private RejectsWriter() {}

  /**
   * @throws IllegalArgumentException when the rejected fraction exceeds the allowed one, after writing them
   */
  public static void writeAndCheck(
      SparkSession spark, BeatArchive archive, String rejectsPath, double maxRejectedFraction) {
    JavaRDD<Row> rows = archive.rejects().map(RejectsWriter::toRow);
    spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).parquet(rejectsPath);
    long rejected = archive.rejectedCount();
    if (rejected > 0) {
      List<RejectedRow> sample = archive.rejects().take(3);
      LOG.warn(
          "{} of {} rows rejected {}; all written to {}; first: {}",
          rejected, archive.totalRows(), archive.rejectCounts(), rejectsPath, sample);
    }
    double fraction = archive.totalRows() == 0 ? 0 : (double) rejected / archive.totalRows();
    if (fraction > maxRejectedFraction) {
      RejectedRow first = archive.rejects().first();
      throw new IllegalArgumentException(
          String.format(
              "%d of %d input rows (%.4f%%) were rejected, above input.max-rejected-fraction = %s. "
                  + "First: %s line %d, %s: %s. All rejects with reasons: %s",
              rejected, archive.totalRows(), 100.0 * fraction, maxRejectedFraction,
              first.sourceFile(), first.rowIndex(), first.reason(), first.detail(), rejectsPath));
    }
  }

  public static Row toRow(RejectedRow reject) {
    return RowFactory.create(
        reject.sourceFile(), reject.rowIndex(), reject.reason().name(), reject.detail(), reject.rawText());
  }
}
