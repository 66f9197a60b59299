package org.ecgautoencoder.eval;

/** Accuracy, precision, recall and F1 for one choice of positive class; a 0/0 ratio is 0, as scikit-learn reports it. */
public record ClassificationMetrics(double accuracy, double precision, double recall, double f1) {

  static ClassificationMetrics of(long tp, long fp, long tn, long fn) {
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClassificationMetrics(ratio(tp + tn, tp + fp + tn + fn), precision, recall, f1);
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
