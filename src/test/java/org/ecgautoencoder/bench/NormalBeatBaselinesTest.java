package org.ecgautoencoder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ecgautoencoder.bench.NormalBeatBaselines.Beat;
import org.ecgautoencoder.bench.NormalBeatBaselines.MeanBeatDistance;
import org.ecgautoencoder.bench.NormalBeatBaselines.PcaWithRhythm;
import org.junit.jupiter.api.Test;

class NormalBeatBaselinesTest {
  /**
   * Four normal beats of 3 samples, centred, varying along sample 0 (variance 2.5) and a little along sample 1
   * (0.025, uncorrelated with sample 0): one component explains 99% of the variance. Their reconstruction errors
   * are sample 1 squared: 0.01, 0.04, 0.04, 0.01 (mean 0.025, std 0.015). RR over local mean: previous 0.8, 1,
   * 1, 1.2 (mean 1, std sqrt 0.02), next 0.9, 1.1, 0.9, 1.1 (mean 1, std 0.1).
   */
  private static final List<Beat> NORMAL =
      List.of(
          new Beat(new float[] {-2, 0.1f, 0}, 0.8, 0.9, 1.0),
          new Beat(new float[] {-1, -0.2f, 0}, 1.0, 1.1, 1.0),
          new Beat(new float[] {1, 0.2f, 0}, 1.0, 0.9, 1.0),
          new Beat(new float[] {2, -0.1f, 0}, 1.2, 1.1, 1.0));

  @Test
  void meanBeatDistanceIsTheEuclideanDistanceToTheMeanNormalBeat() {
    assertThat(MeanBeatDistance.fit(NORMAL).score(new Beat(new float[] {3, 4, 0}, null, null, null)))
        .isCloseTo(5.0, within(1e-6));
  }

  @Test
  void pcaScoreIsTheStandardisedErrorPlusTheSquaredRrZScores() {
    PcaWithRhythm pca = PcaWithRhythm.fit(NORMAL);
    assertThat(pca.componentCount()).isEqualTo(1);
    // Off the kept component by 3: error 9, z (9 - 0.025) / 0.015; previous missing: ratio 1, z 0; next 1.3: z 3.
    Beat beat = new Beat(new float[] {0, 0, 3}, null, 1.3, 1.0);
    assertThat(pca.reconstructionError(beat)).isCloseTo(9.0, within(1e-6));
    assertThat(pca.score(beat)).isCloseTo((9 - 0.025) / 0.015 + 0 + 9, within(1e-3));
  }

  @Test
  void aMissingIntervalCountsAsOnTime() {
    Beat beat = new Beat(new float[] {0}, 0.5, null, 1.0);
    assertThat(beat.previousRatio()).isEqualTo(0.5);
    assertThat(beat.nextRatio()).isEqualTo(NormalBeatBaselines.MISSING_RR_RATIO);
    assertThat(new Beat(new float[] {0}, 0.5, 0.5, null).previousRatio()).isEqualTo(1.0);
  }
}
