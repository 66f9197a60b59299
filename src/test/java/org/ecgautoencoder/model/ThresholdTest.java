package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  private static final double[] TRAINING = {1, 2, 3, 4};

  private static ThresholdConfig rule(ThresholdMethod method) {
    return new ThresholdConfig(method, 2, 90, 0.25, 0.2);
  }

  @Test
  void meanPlusKPopulationStd() {
    // errors 1, 2, 3, 4: mean 2.5, population std sqrt(1.25) (numpy np.std), k = 2.
    Threshold t = Threshold.choose(rule(ThresholdMethod.MEAN_PLUS_K_STD), ThresholdInputs.trainingOnly(TRAINING));
    assertThat(t.value()).isCloseTo(2.5 + 2 * Math.sqrt(1.25), within(1e-12));
    assertThat(t.training().rows()).isEqualTo(4);
    assertThat(t.validation()).isNull();
    
  }

  @Test
  void percentileInterpolatesLinearlyAsNumpy() {
    // np.percentile([1, 2, 3, 4], 90) = 3.7
    Threshold t = Threshold.choose(rule(ThresholdMethod.PERCENTILE), ThresholdInputs.trainingOnly(TRAINING));
    assertThat(t.value()).isCloseTo(3.7, within(1e-12));
    assertThat(t.rule().percentile()).isEqualTo(90.0);
  }

  @Test
  void medianPlusKScaledMadIgnoresAnOutlier() {
    // median 3; deviations 2, 1, 0, 1, 97 -> MAD 1; threshold 3 + 2 * 1.4826 * 1.
    double[] errors = {1, 2, 3, 4, 100};
    Threshold t = Threshold.choose(rule(ThresholdMethod.MEDIAN_PLUS_K_MAD), ThresholdInputs.trainingOnly(errors));
    assertThat(t.value()).isCloseTo(3 + 2 * 1.4826, within(1e-12));
    assertThat(t.training().median()).isEqualTo(3.0);
    assertThat(t.training().mad()).isEqualTo(1.0);
  }

  @Test
  void targetFalsePositiveRateFlagsAtMostThatShareOfNormalValidationRows() {
    // 8 normal validation errors 1..8 and one anomaly; 25% of 8 = 2 may be flagged: threshold 7 flags 7 and 8.
    double[] validation = {1, 2, 3, 4, 5, 6, 7, 8, 50};
    boolean[] anomaly = {false, false, false, false, false, false, false, false, true};
    Threshold t =
        Threshold.choose(
            rule(ThresholdMethod.TARGET_FALSE_POSITIVE_RATE), new ThresholdInputs(TRAINING, validation, anomaly));
    assertThat(t.value()).isEqualTo(7.0);
    assertThat(t.validation().falsePositiveRate()).isEqualTo(0.25);
    assertThat(t.validation().rows()).isEqualTo(9);
    assertThat(t.validation().anomalies()).isEqualTo(1);
  }

  @Test
  void targetFalsePositiveRateStepsPastTiesRatherThanFlagTooMany() {
    double[] validation = {1, 2, 3, 4, 5, 6, 7, 7};
    boolean[] anomaly = new boolean[8];
    ThresholdConfig oneEighth = new ThresholdConfig(ThresholdMethod.TARGET_FALSE_POSITIVE_RATE, 1, 95, 0.125, 0.2);
    Threshold t = Threshold.choose(oneEighth, new ThresholdInputs(TRAINING, validation, anomaly));
    assertThat(t.validation().falsePositiveRate()).isZero();
    assertThat(t.value()).isGreaterThan(7.0);
  }

  @Test
  void bestF1SeparatesTheLabelledValidationRowsHalfwayBetweenThem() {
    // Normals 1, 2, 3; anomalies 5, 6, and one anomaly hidden at 2.5 that no threshold catches without cost.
    double[] validation = {1, 2, 3, 5, 6, 2.5};
    boolean[] anomaly = {false, false, false, true, true, true};
    Threshold t = Threshold.choose(rule(ThresholdMethod.BEST_F1), new ThresholdInputs(TRAINING, validation, anomaly));
    // Cut between 3 and 5: TP 2, flagged 2, anomalies 3 -> F1 0.8; cut between 2 and 2.5: TP 3, flagged 4 -> 6/7.
    assertThat(t.value()).isEqualTo(2.25);
    assertThat(t.validation().f1()).isCloseTo(6.0 / 7, within(1e-12));
  }

  @Test
  void rulesFittedOnValidationRowsRefuseToRunWithoutThem() {
    assertThatThrownBy(() -> Threshold.choose(rule(ThresholdMethod.BEST_F1), ThresholdInputs.trainingOnly(TRAINING)))
        .hasMessageContaining("best-f1 needs validation rows with both normal and abnormal labels");
  }

  @Test
  void configRefusesAValidationRuleWithoutHeldOutRows() {
    assertThatThrownBy(() -> new ThresholdConfig(ThresholdMethod.BEST_F1, 1, 95, 0.05, 0))
        .hasMessageContaining("threshold.validation-fraction");
    assertThat(new ThresholdConfig(ThresholdMethod.MEAN_PLUS_K_STD, 1, 95, 0.05, 0.2).heldOutFraction()).isZero();
  }

  @Test
  void normalOnlyWhenStrictlyBelowAsTheTutorialsLess() {
    Threshold t = Threshold.choose(ThresholdConfig.meanPlusKStd(0), ThresholdInputs.trainingOnly(new double[] {0.75}));
    assertThat(t.isAnomaly(0.7499)).isFalse();
    assertThat(t.isAnomaly(0.75)).isTrue();
    assertThat(t.isAnomaly(0.9)).isTrue();
  }

  @Test
  void noNormalTrainingRowsIsAClearError() {
    assertThatThrownBy(() -> Threshold.choose(ThresholdConfig.meanPlusKStd(1), ThresholdInputs.trainingOnly(new double[0])))
        .hasMessageContaining("No normal training rows");
  }
}
