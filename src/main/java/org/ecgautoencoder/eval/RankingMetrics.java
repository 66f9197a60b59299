package org.ecgautoencoder.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Threshold-free quality of the reconstruction error as an anomaly score (ANOMALY positive). */
public final class RankingMetrics {
  private RankingMetrics() {}

  /**
   * ROC AUC as the Mann-Whitney statistic: the probability that a random anomaly scores above a random
   * normal beat, ties counting one half (tied scores get their average rank).
   */
  public static double rocAuc(double[] scores, boolean[] isAnomaly) {
    Integer[] order = ascendingOrder(scores);
    long positives = countTrue(isAnomaly);
    long negatives = scores.length - positives;
    requireBothClasses(positives, negatives);
    double positiveRankSum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (isAnomaly[order[k]]) {
          positiveRankSum += averageRank;
        }
      }
      i = j + 1;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * Area under the precision-recall curve as average precision (scikit-learn's
   * {@code average_precision_score}): the sum over distinct thresholds of precision times the recall gained.
   */
  public static double prAuc(double[] scores, boolean[] isAnomaly) {
    Integer[] order = ascendingOrder(scores);
    long positives = countTrue(isAnomaly);
    requireBothClasses(positives, scores.length - positives);
    double averagePrecision = 0;
    long truePositives = 0;
    long flagged = 0;
    double previousRecall = 0;
    int i = order.length - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        flagged++;
        if (isAnomaly[order[k]]) {
          truePositives++;
        }
      }
      double recall = (double) truePositives / positives;
      averagePrecision += (recall - previousRecall) * truePositives / flagged;
      previousRecall = recall;
      i = j - 1;
    }
    return averagePrecision;
  }

  private static Integer[] ascendingOrder(double[] scores) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    return order;
  }

  private static long countTrue(boolean[] values) {
    long count = 0;
    for (boolean value : values) {
      if (value) {
        count++;
      }
    }
    return count;
  }

  private static void requireBothClasses(long positives, long negatives) {
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "ROC and PR AUC need both normal and abnormal labelled rows but found " + negatives + " normal and "
              + positives + " abnormal");
    }
  }
}
