package org.ecgautoencoder.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecgautoencoder.io.BeatRecord;
import org.junit.jupiter.api.Test;

class ValidationHoldoutTest {

  private static BeatRecord beat(String file, long row) {
    return new BeatRecord(file, row, new float[] {0f}, 1.0, true);
  }

  @Test
  void holdsOutAboutTheFractionAndTheSameRowsEveryTime() {
    ValidationHoldout holdout = new ValidationHoldout(0.2, 21);
    int heldOut = 0;
    for (long row = 0; row < 10_000; row++) {
      boolean first = holdout.isHeldOut(beat("file:/a.csv", row));
      assertThat(new ValidationHoldout(0.2, 21).isHeldOut(beat("file:/a.csv", row))).isEqualTo(first);
      heldOut += first ? 1 : 0;
    }
    assertThat(heldOut / 10_000.0).isCloseTo(0.2, within(0.02));
  }

  @Test
  void dependsOnTheSeedAndTheFile() {
    ValidationHoldout a = new ValidationHoldout(0.5, 1);
    ValidationHoldout b = new ValidationHoldout(0.5, 2);
    int differentSeed = 0;
    int differentFile = 0;
    for (long row = 0; row < 1000; row++) {
      differentSeed += a.isHeldOut(beat("f", row)) != b.isHeldOut(beat("f", row)) ? 1 : 0;
      differentFile += a.isHeldOut(beat("f", row)) != a.isHeldOut(beat("g", row)) ? 1 : 0;
    }
    assertThat(differentSeed).isBetween(400, 600);
    assertThat(differentFile).isBetween(400, 600);
  }

  @Test
  void zeroHoldsOutNothing() {
    assertThat(new ValidationHoldout(0, 21).isHeldOut(beat("f", 3))).isFalse();
  }
}
