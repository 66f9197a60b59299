package org.ecgautoencoder.eval;

/**
 * Everything the evaluate job reports about a threshold on labelled rows.
 *
 * @param normalPositive metrics with NORMAL as the positive class, the tutorial's convention
 * @param anomalyPositive metrics with ANOMALY as the positive class, the product's convention
 * @param rocAuc ROC AUC of the reconstruction error as an anomaly score
 * @param prAuc average precision of the same score, anomalies positive
 */
public record EvaluationMetrics(
    double threshold,
    ClassificationMetrics normalPositive,
    ClassificationMetrics anomalyPositive,
    double rocAuc,
    double prAuc,
    ConfusionMatrix confusion) {

  public static EvaluationMetrics of(double[] errors, boolean[] isAnomaly, double threshold) {
    ConfusionMatrix confusion = ConfusionMatrix.of(errors, isAnomaly, threshold);
    return new EvaluationMetrics(
        threshold,
        confusion.normalPositive(),
        confusion.anomalyPositive(),
        RankingMetrics.rocAuc(errors, isAnomaly),
        RankingMetrics.prAuc(errors, isAnomaly),
        confusion);
  }
}
