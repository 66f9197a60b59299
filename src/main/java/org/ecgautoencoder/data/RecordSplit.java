package org.ecgautoencoder.data;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.io.BeatColumns;

/**
 * split.method = by-record: {@link TrainTestSplit} over the distinct record_id values, sorted, so every row of a
 * record (a recording: a patient) lands on one side. One pass counts the rows of each record; only the record
 * names and their counts reach the driver.
 */
final class RecordSplit {
  private RecordSplit() {}

  static SplitRows of(Dataset<Row> beats, SplitConfig config) {
    List<Row> counts =
        beats.groupBy(col(BeatColumns.RECORD_ID)).count().orderBy(col(BeatColumns.RECORD_ID)).collectAsList();
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
    Set<String> test = new HashSet<>(testRecords);
    List<String> trainRecords = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      if (split.isTrain(i)) {
        trainRecords.add(counts.get(i).getString(0));
      }
    }
    return new SplitRows(
        beats.where(col(BeatColumns.RECORD_ID).isin(trainRecords.toArray())),
        beats.where(col(BeatColumns.RECORD_ID).isin(test.toArray())), trainRows, testRows);
  }
}
