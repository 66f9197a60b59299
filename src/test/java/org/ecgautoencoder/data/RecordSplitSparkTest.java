package org.ecgautoencoder.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.config.SplitMethod;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** split.method = by-record: whole records on each side, as train_test_split would split the sorted records. */
@ExtendWith(SharedSpark.class)
class RecordSplitSparkTest {
  private static final SplitConfig BY_RECORD = new SplitConfig(SplitMethod.BY_RECORD, 0.25, 0);

  /** {@code rowsPerRecord[i]} rows of record "r" + i. */
  private static Dataset<Row> rows(int... rowsPerRecord) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < rowsPerRecord.length; r++) {
      for (int i = 0; i < rowsPerRecord[r]; i++) {
        rows.add(RowFactory.create("r" + r, "file:/r" + r + ".hea", (long) i, 1.0, new float[] {i, r}));
      }
    }
    return SharedSpark.session().createDataFrame(rows, BeatColumns.SCHEMA);
  }

  private static Set<String> records(Dataset<Row> rows) {
    return new HashSet<>(rows.select(BeatColumns.RECORD_ID).distinct().as(Encoders.STRING()).collectAsList());
  }

  @Test
  void everyRecordLandsWholeOnOneSideAsTheSortedRecordsWouldSplit() {
    Dataset<Row> beats = rows(3, 5, 2, 4, 6, 1, 2, 3, 4, 5);
    SplitRows split = SplitRows.of(beats, beats.count(), BY_RECORD);

    // numpy: RandomState(0).permutation(10) = [2, 8, 4, 9, 1, 6, 7, 3, 0, 5]: ceil(0.25 * 10) = 3 test records,
    // listed in record order.
    assertThat(split.testRecords()).containsExactly("r2", "r4", "r8");
    assertThat(records(split.test())).containsExactlyInAnyOrder("r2", "r8", "r4");
    assertThat(records(split.train())).doesNotContainAnyElementsOf(records(split.test())).hasSize(7);
    assertThat(split.testCount()).isEqualTo(2 + 4 + 6).isEqualTo(split.test().count());
    assertThat(split.trainCount()).isEqualTo(35 - 12).isEqualTo(split.train().count());
  }

  @Test
  void rowsThatEachNameTheirOwnRecordAreRefusedWithTheFix() {
    Dataset<Row> beats = rows(1, 1, 1, 1);
    assertThatThrownBy(() -> SplitRows.of(beats, 4, BY_RECORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every record_id of the input names a single row")
        .hasMessageContaining("split.method = random");
  }

  @Test
  void oneRecordCannotBeSplit() {
    Dataset<Row> beats = rows(5);
    assertThatThrownBy(() -> SplitRows.of(beats, 5, BY_RECORD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 records");
  }
}
