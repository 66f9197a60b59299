package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.spark.util.StatCounter;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void meanPlusKPopulationStd() {
    // errors 1, 2, 3, 4: mean 2.5, population std sqrt(1.25) (numpy np.std), k = 2.
    StatCounter errors = new StatCounter();
    for (double e : new double[] {1, 2, 3, 4}) {
      errors.merge(e);
    }
    Threshold t =
        Threshold.fromTrainingErrors(
            new ThresholdConfig(ThresholdMethod.MEAN_PLUS_K_STD, 2), errors.count(), errors.mean(), errors.stdev());
    assertThat(t.value()).isCloseTo(2.5 + 2 * Math.sqrt(1.25), within(1e-12));
    assertThat(t.trainingRows()).isEqualTo(4);
  }

  @Test
  void normalOnlyWhenStrictlyBelowAsTheTutorialsLess() {
    Threshold t = Threshold.fromTrainingErrors(new ThresholdConfig(ThresholdMethod.MEAN_PLUS_K_STD, 1), 3, 0.5, 0.25);
    assertThat(t.isAnomaly(0.7499)).isFalse();
    assertThat(t.isAnomaly(0.75)).isTrue();
    assertThat(t.isAnomaly(0.9)).isTrue();
  }

  @Test
  void noNormalTrainingRowsIsAClearError() {
    assertThatThrownBy(
            () -> Threshold.fromTrainingErrors(new ThresholdConfig(ThresholdMethod.MEAN_PLUS_K_STD, 1), 0, 0, 0))
        .hasMessageContaining("No normal training rows");
  }
}
