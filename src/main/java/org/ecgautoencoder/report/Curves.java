package org.ecgautoencoder.report;

import java.util.Arrays;

/**
 * ROC and precision-recall curves of the reconstruction error as an anomaly score (anomaly the positive
 * class), one point per distinct error, as scikit-learn's roc_curve and precision_recall_curve step them.
 */
final class Curves {
  private Curves() {}

  /** {x, y} arrays: false-positive rate and true-positive rate, from (0, 0) to (1, 1). */
  static double[][] roc(double[] errors, boolean[] isAnomaly) {
    Integer[] order = descending(errors);
    long positives = count(isAnomaly);
    long negatives = isAnomaly.length - positives;
    double[] fpr = new double[order.length + 1];
    double[] tpr = new double[order.length + 1];
    int points = 1;
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < order.length; i++) {
      if (isAnomaly[order[i]]) {
        tp++;
      } else {
        fp++;
      }
      if (i + 1 == order.length || errors[order[i + 1]] != errors[order[i]]) {
        fpr[points] = negatives == 0 ? 0 : (double) fp / negatives;
        tpr[points] = positives == 0 ? 0 : (double) tp / positives;
        points++;
      }
    }
    return new double[][] {Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points)};
  }

  /** {x, y} arrays: recall and precision, from the highest threshold down. */
  static double[][] precisionRecall(double[] errors, boolean[] isAnomaly) {
    Integer[] order = descending(errors);
    long positives = count(isAnomaly);
    double[] recall = new double[order.length];
    double[] precision = new double[order.length];
    int points = 0;
    long tp = 0;
    for (int i = 0; i < order.length; i++) {
      tp += isAnomaly[order[i]] ? 1 : 0;
      if (i + 1 == order.length || errors[order[i + 1]] != errors[order[i]]) {
        recall[points] = positives == 0 ? 0 : (double) tp / positives;
        precision[points] = (double) tp / (i + 1);
        points++;
      }
    }
    return new double[][] {Arrays.copyOf(recall, points), Arrays.copyOf(precision, points)};
  }

  private static Integer[] descending(double[] errors) {
    Integer[] order = new Integer[errors.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(errors[b], errors[a]));
    return order;
  }

  private static long count(boolean[] values) {
    long n = 0;
    for (boolean v : values) {
      n += v ? 1 : 0;
    }
    return n;
  }
}
