package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationMetricsTest {
  // Six beats: errors and truth (true = anomaly). Threshold 0.5: flagged = {0.5, 0.6, 0.9}.
  private static final double[] ERRORS = {0.1, 0.2, 0.5, 0.4, 0.6, 0.9};
  private static final boolean[] ANOMALY = {false, false, false, true, true, true};

  @Test
  void confusionWithAnomalyPositive() {
    ConfusionMatrix m = ConfusionMatrix.of(ERRORS, ANOMALY, 0.5);
    assertThat(m).isEqualTo(new ConfusionMatrix(2, 1, 2, 1));
  }

  @Test
  void metricsForBothPositiveClasses() {
    EvaluationMetrics m = EvaluationMetrics.of(ERRORS, ANOMALY, 0.5);
    // anomaly positive: tp 2, fp 1, tn 2, fn 1.
    assertThat(m.anomalyPositive().accuracy()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(m.anomalyPositive().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.anomalyPositive().recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.anomalyPositive().f1()).isCloseTo(2.0 / 3, within(1e-12));
    // normal positive: tp 2 (normal kept), fp 1 (anomaly 0.4 passed as normal), fn 1 (normal 0.5 flagged).
    assertThat(m.normalPositive().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.normalPositive().recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void asymmetricCaseTellsTheConventionsApart() {
    double[] errors = {0.1, 0.2, 0.3, 0.8};
    boolean[] anomaly = {false, false, true, true};
    EvaluationMetrics m = EvaluationMetrics.of(errors, anomaly, 0.5);
    // Flagged: only 0.8. Anomaly positive: tp 1, fn 1, precision 1, recall 0.5.
    assertThat(m.anomalyPositive().precision()).isEqualTo(1.0);
    assertThat(m.anomalyPositive().recall()).isEqualTo(0.5);
    // Normal positive: predicted normal = {0.1, 0.2, 0.3}: tp 2, fp 1, fn 0.
    assertThat(m.normalPositive().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.normalPositive().recall()).isEqualTo(1.0);
    assertThat(m.normalPositive().f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void rocAucCountsPairsAndHalfTies() {
    // Pairs (anomaly, normal): 3 x 3 = 9. Anomaly 0.4 beats 0.1, 0.2 but not 0.5: 2; 0.6 and 0.9 beat all: 6.
    assertThat(RankingMetrics.rocAuc(ERRORS, ANOMALY)).isCloseTo(8.0 / 9, within(1e-12));
    // One tie between an anomaly and a normal counts one half: (1 + 0.5) / 2.
    assertThat(RankingMetrics.rocAuc(new double[] {0.1, 0.5, 0.5}, new boolean[] {false, false, true}))
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  void prAucIsAveragePrecision() {
    // Descending: 0.9 A, 0.6 A, 0.5 N, 0.4 A, 0.2 N, 0.1 N.
    // Recall steps at ranks 1, 2, 4 with precisions 1, 1, 3/4: AP = (1 + 1 + 0.75) / 3.
    assertThat(RankingMetrics.prAuc(ERRORS, ANOMALY)).isCloseTo(2.75 / 3, within(1e-12));
    // Tied scores form one threshold: {0.5 A, 0.5 N} then 0.1 A: AP = 0.5 * 0.5 + 0.5 * (2/3).
    assertThat(RankingMetrics.prAuc(new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, true}))
        .isCloseTo(0.25 + 1.0 / 3, within(1e-12));
  }

  @Test
  void aucNeedsBothClasses() {
    assertThatThrownBy(() -> RankingMetrics.rocAuc(new double[] {0.1, 0.2}, new boolean[] {false, false}))
        .hasMessageContaining("need both normal and abnormal");
  }
}
