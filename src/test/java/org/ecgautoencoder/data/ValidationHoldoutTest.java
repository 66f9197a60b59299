package org.ecgautoencoder.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecgautoencoder.io.BeatRecord;
import org.junit.jupiter.api.Test;

class ValidationHoldoutTest {

  /** Beat number {@code n} of a family: samples that differ between beats and between families. */
  private static BeatRecord beat(String family, long n) {
    return new BeatRecord(family + ":" + n, new float[] {family.hashCode(), n}, 1.0, true);
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
  void dependsOnTheSeedAndTheSamples() {
    ValidationHoldout a = new ValidationHoldout(0.5, 1);
    ValidationHoldout b = new ValidationHoldout(0.5, 2);
    int differentSeed = 0;
    int differentSamples = 0;
    for (long row = 0; row < 1000; row++) {
      differentSeed += a.isHeldOut(beat("f", row)) != b.isHeldOut(beat("f", row)) ? 1 : 0;
      differentSamples += a.isHeldOut(beat("f", row)) != a.isHeldOut(beat("g", row)) ? 1 : 0;
    }
    assertThat(differentSeed).isBetween(400, 600);
    assertThat(differentSamples).isBetween(400, 600);
  }

  /** A beat's fate hangs on its samples alone: the same beat read from another file or row fares the same. */
  @Test
  void theSameBeatIsHeldOutWhereverItWasRead() {
    ValidationHoldout holdout = new ValidationHoldout(0.5, 7);
    for (int n = 0; n < 100; n++) {
      float[] samples = {n, 2 * n};
      assertThat(holdout.isHeldOut(new BeatRecord("a.csv:" + n, samples, 1.0, true)))
          .isEqualTo(holdout.isHeldOut(new BeatRecord("b.parquet:" + (n + 7), samples.clone(), 0.0, false)));
    }
  }

  @Test
  void zeroHoldsOutNothing() {
    assertThat(new ValidationHoldout(0, 21).isHeldOut(beat("f", 3))).isFalse();
  }
}
