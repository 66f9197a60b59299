package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordOutcomesTest {
  @Test
  void theWorstRecordsAreThoseWithTheMostMisjudgedBeatsTiesByRecordId() {
    List<RecordOutcome> outcomes =
        List.of(
            // misjudged = (abnormal - flagged abnormal) + false alarms on N
            new RecordOutcome("100", 2000, 10, 10, 0), // 0: never shown
            new RecordOutcome("105", 2500, 40, 30, 5), // 15
            new RecordOutcome("106", 2000, 500, 480, 0), // 20
            new RecordOutcome("119", 1900, 400, 390, 5), // 15
            new RecordOutcome("203", 2900, 400, 100, 12)); // 312

    assertThat(RecordOutcomes.worst(outcomes, 3)).extracting(RecordOutcome::recordId).containsExactly("203", "106", "105");
    assertThat(RecordOutcomes.worst(outcomes.subList(0, 2), 3)).extracting(RecordOutcome::recordId).containsExactly("105");
  }
}
