package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.io.RejectsWriter;

/**
 * Counts of what a run actually wrote, read back from its staged Parquet files in one scan of the boolean
 * {@code is_anomaly} column (and, where the input gives the ids, of {@code record_id}), so the manifest matches
 * what any reader will see.
 *
 * @param duplicateIds scored rows less distinct record ids; null when not counted
 */
record WrittenCounts(long scored, long anomalies, long rejected, Map<String, Long> rejectedByReason, Long duplicateIds) {

  /** @param countDuplicateIds whether the input names the rows (an id field or column), so ids may repeat */
  static WrittenCounts read(SparkSession spark, String stagedTable, String stagedRejects, boolean countDuplicateIds) {
    long scored = 0;
    long anomalies = 0;
    Long duplicates = countDuplicateIds ? 0L : null;
    if (hasParquetFiles(spark, stagedTable)) {
      Dataset<Row> table = spark.read().parquet(stagedTable);
      Row counts =
          countDuplicateIds
              ? table.agg(count(lit(1)), anomalyCount(), countDistinct(col("record_id"))).first()
              : table.agg(count(lit(1)), anomalyCount()).first();
      scored = counts.getLong(0);
      anomalies = counts.isNullAt(1) ? 0 : counts.getLong(1);
      duplicates = countDuplicateIds ? scored - counts.getLong(2) : null;
    }
    Map<String, Long> byReason =
        hasParquetFiles(spark, stagedRejects) ? RejectsWriter.countByReason(spark.read().parquet(stagedRejects)) : Map.of();
    long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new WrittenCounts(scored, anomalies, rejected, byReason, duplicates);
  }

  private static Column anomalyCount() {
    return sum(when(col("is_anomaly"), lit(1L)).otherwise(lit(0L)));
  }

  private static boolean hasParquetFiles(SparkSession spark, String folder) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
      org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(path, true);
      while (files.hasNext()) {
        if (files.next().getPath().getName().endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list " + folder, e);
    }
  }
}
