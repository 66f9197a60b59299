package org.ecgautoencoder.io;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
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
 * Writes the rejected rows of a small input (training, evaluation) to Parquet, an empty table when there are
 * none so downstream readers always find it, counts them from what was written, and enforces {@code
 * input.max-rejected-fraction}. (The score job writes its rejects into its own table's commit.)
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
   * @param validRows how many valid rows the input had, for the rejected fraction
   * @return the rejected rows per reason
   * @throws IllegalArgumentException when the rejected fraction exceeds the allowed one, after writing them
   */
  public static Map<String, Long> writeAndCheck(
      SparkSession spark, BeatArchive archive, long validRows, String rejectsPath, double maxRejectedFraction) {
    archive.rejects().coalesce(1).write().mode(SaveMode.Overwrite).parquet(rejectsPath);
    Dataset<Row> written = spark.read().parquet(rejectsPath);
    Map<String, Long> byReason = countByReason(written);
    long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    // Recordings are rejected whole: their fraction is of the records, not of the beats the others gave.
    long total = archive.isRecordings() ? archive.files().size() : validRows + rejected;
    String unit = archive.isRecordings() ? "recordings" : "rows";
    if (rejected > 0) {
      LOG.warn("{} of {} {} rejected {}; all written to {}", rejected, total, unit, byReason, rejectsPath);
    }
    double fraction = total == 0 ? 0 : (double) rejected / total;
    if (fraction > maxRejectedFraction) {
      List<Row> first = written.orderBy(col("source_file"), col("row_index")).limit(1).collectAsList();
      Row row = first.get(0);
      throw new IllegalArgumentException(
          String.format(
              "%d of %d input %s (%.4f%%) were rejected, above input.max-rejected-fraction = %s. "
                  + "First: %s line %d, %s: %s. All rejects with reasons: %s",
              rejected, total, unit, 100.0 * fraction, maxRejectedFraction, row.getString(0), row.getLong(1),
              row.getString(2), row.getString(3), rejectsPath));
    }
    return byReason;
  }

  /** Rejected rows per reason (sorted by reason), counted from a rejects table as written. */
  public static Map<String, Long> countByReason(Dataset<Row> rejects) {
    Map<String, Long> byReason = new TreeMap<>();
    for (Row row : rejects.groupBy("reason").count().collectAsList()) {
      byReason.put(row.getString(0), row.getLong(1));
    }
    return byReason;
  }

  static Row toRow(RejectedRow reject) {
    return RowFactory.create(
        reject.sourceFile(), reject.rowIndex(), reject.reason().name(), reject.detail(), reject.rawText());
  }
}
