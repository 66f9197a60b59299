package org.ecgautoencoder.model;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The arithmetic of the threshold rules, on plain arrays: statistics and percentiles from Apache Commons Math;
 * the two searches no library offers (the false-positive-rate cut and the best-F1 cut) written here. A beat is flagged when its error is not below the
 * threshold ({@link Threshold#isAnomaly}), and every rule here respects that.
 */
final class ThresholdRules {
  /** Scales a MAD to estimate the standard deviation of normally distributed errors. */
  static final double MAD_TO_STD = 1.4826;

  private ThresholdRules() {}

  /**
   * numpy's {@code np.percentile(values, p)} with its default linear interpolation: Commons Math's estimate
   * R-7 (Hyndman and Fan), which is that definition.
   */
  static double percentile(double[] values, double p) {
    requireValues(values);
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p);
  }

  /** Count, mean, population std (numpy's np.std), median and unscaled MAD, from Commons Math. */
  static Threshold.TrainingErrors statistics(double[] values) {
    requireValues(values);
    double mean = new Mean().evaluate(values);
    double std = new StandardDeviation(false).evaluate(values, mean);
    double median = percentile(values, 50);
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return new Threshold.TrainingErrors(values.length, mean, std, median, percentile(deviations, 50));
  }

  /**
   * The lowest threshold that flags at most {@code targetRate} of the normal errors: with m =
   * floor(rate * n) rows allowed, it is the (n - m)-th smallest error, raised just past it when ties there
   * would flag more than m.
   */
  static double falsePositiveRateThreshold(double[] normalErrors, double targetRate) {
    double[] sorted = sorted(normalErrors);
    int n = sorted.length;
    int allowed = (int) Math.floor(targetRate * n);
    if (allowed == 0) {
      return Math.nextUp(sorted[n - 1]);
    }
    double candidate = sorted[n - allowed];
    return sorted[n - allowed - 1] == candidate ? Math.nextUp(candidate) : candidate;
  }

  /**
   * The threshold with the highest F1 for the anomaly class, trying every cut between distinct errors
   * (flagging everything above the cut). Ties go to the lower threshold, which flags more.
   *
   * @return {threshold, F1}
   */
  static double[] bestF1Threshold(double[] errors, boolean[] isAnomaly) {
    Integer[] order = new Integer[errors.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(errors[b], errors[a]));
    long anomalies = 0;
    for (boolean anomaly : isAnomaly) {
      anomalies += anomaly ? 1 : 0;
    }
    double bestF1 = -1;
    double bestThreshold = Math.nextUp(errors[order[0]]);
    long truePositives = 0;
    for (int position = 0; position < order.length; position++) {
      truePositives += isAnomaly[order[position]] ? 1 : 0;
      double threshold = errors[order[position]];
      // Flagging every row down to this error is one candidate only once all its ties are in.
      if (position + 1 < order.length && errors[order[position + 1]] == threshold) {
        continue;
      }
      long flagged = position + 1;
      double f1 = anomalies == 0 ? 0 : 2.0 * truePositives / (flagged + anomalies);
      if (f1 >= bestF1) {
        bestF1 = f1;
        // Halfway to the next lower error flags the same rows and leaves a margin on both sides.
        bestThreshold =
            position + 1 < order.length ? threshold + (errors[order[position + 1]] - threshold) / 2 : threshold;
      }
    }
    return new double[] {bestThreshold, bestF1};
  }

  /** The fraction of normal rows (isAnomaly false) the threshold flags. */
  static double falsePositiveRate(double[] errors, boolean[] isAnomaly, double threshold) {
    long normals = 0;
    long flagged = 0;
    for (int i = 0; i < errors.length; i++) {
      if (!isAnomaly[i]) {
        normals++;
        flagged += errors[i] < threshold ? 0 : 1;
      }
    }
    return normals == 0 ? 0 : (double) flagged / normals;
  }

  private static double[] sorted(double[] values) {
    requireValues(values);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void requireValues(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no errors to fit a threshold on");
    }
  }
}
