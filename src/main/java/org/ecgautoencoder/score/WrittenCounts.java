package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Counts of what a run actually wrote, read back from its staged Parquet files (row counts come from the
 * footers; anomalies read one boolean column), so the manifest matches what any reader will see.
 */
record WrittenCounts(long scored, long anomalies, long rejected, Map<String, Long> rejectedByReason) {

  static WrittenCounts read(SparkSession spark, String stagedTable, String stagedRejects) {
    long scored = spark.read().parquet(stagedTable).count();
    long anomalies = scored == 0 ? 0 : spark.read().parquet(stagedTable).where(col("is_anomaly")).count();
    Map<String, Long> byReason = new TreeMap<>();
    long rejected = 0;
    if (hasParquetFiles(spark, stagedRejects)) {
      for (Row row : spark.read().parquet(stagedRejects).groupBy("reason").count().collectAsList()) {
        byReason.put(row.getString(0), row.getLong(1));
        rejected += row.getLong(1);
      }
    }
    return new WrittenCounts(scored, anomalies, rejected, byReason);
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
