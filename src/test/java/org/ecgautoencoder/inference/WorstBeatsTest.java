package org.ecgautoencoder.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorstBeatsTest {
  private static WorstBeats.Beat beat(String recordId, double error) {
    return new WorstBeats.Beat(recordId, error, new float[] {0}, new float[] {0});
  }

  @Test
  void keepsTheWorstBeatsOnceEachEvenWhenTheyShareARecordId() {
    WorstBeats worst = new WorstBeats(3);
    // A recording's beats share its record id ("208"); a retried task offers its beats again.
    for (double error : new double[] {0.5, 0.9, 0.7, 0.9, 0.1}) {
      worst.add(beat("208", error));
    }
    worst.add(beat("119", 0.8));

    assertThat(worst.value()).extracting(WorstBeats.Beat::error).containsExactly(0.9, 0.8, 0.7);
    assertThat(worst.value()).extracting(WorstBeats.Beat::recordId).containsExactly("208", "119", "208");
  }
}
