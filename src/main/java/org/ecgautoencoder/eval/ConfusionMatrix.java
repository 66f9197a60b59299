package org.ecgautoencoder.eval;

/** Counts with ANOMALY as the positive class: tp = anomalous beats flagged, fp = normal beats flagged. */
public record ConfusionMatrix(long tp, long fp, long tn, long fn) {

  /**
   * @param anomalyScores reconstruction errors
   * @param isAnomaly the true labels, true for an abnormal beat
   */
  public static ConfusionMatrix of(double[] anomalyScores, boolean[] isAnomaly, double threshold) {
    long tp = 0, fp = 0, tn = 0, fn = 0;
    for (int i = 0; i < anomalyScores.length; i++) {
      // Same rule as Threshold.isAnomaly: normal only when strictly below the threshold.
      boolean flagged = !(anomalyScores[i] < threshold);
      if (flagged && isAnomaly[i]) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (isAnomaly[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new ConfusionMatrix(tp, fp, tn, fn);
  }

  public long total() {
    return tp + fp + tn + fn;
  }

  public ClassificationMetrics anomalyPositive() {
    return ClassificationMetrics.of(tp, fp, tn, fn);
  }

  /** The tutorial's convention: NORMAL is the positive class, so the roles of the cells swap. */
  public ClassificationMetrics normalPositive() {
    return ClassificationMetrics.of(tn, fn, tp, fp);
  }
}
