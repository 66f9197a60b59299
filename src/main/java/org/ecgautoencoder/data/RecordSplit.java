package org.ecgautoencoder.data;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.io.BeatColumns;

/**
 * split.method = by-record: {@link TrainTestSplit} over the distinct record_id values, sorted, so every row of a
 * record (a recording: a patient) lands on one side. One pass counts the rows of each record; only the record
 * names and their counts reach the driver.
 */
final class RecordSplit {
  private static final String SIDE = "split_record_id";

  private RecordSplit() {}

  static SplitRows of(Dataset<Row> beats, SplitConfig config) {
    List<Row> counts =
        beats.groupBy(col(BeatColumns.RECORD_ID)).count().orderBy(col(BeatColumns.RECORD_ID)).collectAsList();
    if (counts.size() > 1 && counts.stream().allMatch(row -> row.getLong(1) == 1)) {
      throw new IllegalArgumentException(
          "split.method = by-record, but every record_id of the input names a single row (" + counts.size()
              + " of them): its rows carry no record of their own (a table without an id field or column). Use"
              + " split.method = random, or give the rows the recording they belong to as input.id-field / "
              + "input.parquet.id-column");
    }
    if (counts.size() < 2) {
      throw new IllegalArgumentException(
          "split.method = by-record needs at least 2 records but the input has " + counts.size()
              + "; give more records, or set split.method = random");
    }
    TrainTestSplit split = TrainTestSplit.of(counts.size(), config);
    List<String> testRecords = new ArrayList<>();
    long testRows = 0;
    long trainRows = 0;
    for (int i = 0; i < counts.size(); i++) {
      long rows = counts.get(i).getLong(1);
      if (split.isTest(i)) {
        testRecords.add(counts.get(i).getString(0));
        testRows += rows;
      } else if (split.isTrain(i)) {
        trainRows += rows;
      }
    }
    List<String> trainRecords = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      if (split.isTrain(i)) {
        trainRecords.add(counts.get(i).getString(0));
      }
    }
    // A semi join with the (small, broadcast) list of each side's records, not an IN list of literals.
    SparkSession spark = beats.sparkSession();
    return new SplitRows(
        beats.join(broadcast(records(spark, trainRecords)), beats.col(BeatColumns.RECORD_ID).equalTo(col(SIDE)), "left_semi"),
        beats.join(broadcast(records(spark, testRecords)), beats.col(BeatColumns.RECORD_ID).equalTo(col(SIDE)), "left_semi"),
        trainRows, testRows, List.copyOf(testRecords));
  }

  private static Dataset<Row> records(SparkSession spark, List<String> ids) {
    return spark.createDataset(ids, Encoders.STRING()).toDF(SIDE);
  }
}
