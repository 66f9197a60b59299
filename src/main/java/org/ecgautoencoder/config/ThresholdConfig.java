package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * @param k how many standard deviations (or scaled MADs) above the mean (or median) training error the
 *     threshold sits, for mean-plus-k-std and median-plus-k-mad
 * @param percentile for percentile: which percentile of the normal training errors, in (0, 100]
 * @param targetFalsePositiveRate for target-false-positive-rate: the largest fraction of normal validation
 *     rows that may be flagged, in [0, 1)
 * @param validationFraction for the rules fitted on validation rows: the fraction of the training rows
 *     (normal and abnormal, chosen by a seeded hash of file and row) held out of training to fit the threshold
 */
public record ThresholdConfig(
    ThresholdMethod method, double k, double percentile, double targetFalsePositiveRate, double validationFraction)
    implements Serializable {

  /** The tutorial's rule. */
  public static ThresholdConfig meanPlusKStd(double k) {
    return new ThresholdConfig(ThresholdMethod.MEAN_PLUS_K_STD, k, 95, 0.05, 0.2);
  }

  public ThresholdConfig {
    ConfigChecks.check(Double.isFinite(k) && k >= 0, "threshold.k", k, "a finite number >= 0");
    ConfigChecks.check(percentile > 0 && percentile <= 100, "threshold.percentile", percentile, "a number in (0, 100]");
    ConfigChecks.check(
        targetFalsePositiveRate >= 0 && targetFalsePositiveRate < 1, "threshold.target-false-positive-rate",
        targetFalsePositiveRate, "a number in [0, 1)");
    ConfigChecks.check(
        validationFraction >= 0 && validationFraction < 1, "threshold.validation-fraction", validationFraction,
        "a number in [0, 1)");
    ConfigChecks.check(
        !method.needsValidationRows() || validationFraction > 0, "threshold.validation-fraction", validationFraction,
        "> 0 for threshold.method = " + ConfigChecks.dashedName(method) + ", which is fitted on validation rows");
  }

  /** The fraction of training rows held out for the threshold: 0 unless the rule needs them. */
  public double heldOutFraction() {
    return method.needsValidationRows() ? validationFraction : 0;
  }
}
