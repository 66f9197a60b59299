package org.ecgautoencoder.model;

import java.io.Serializable;
import org.ecgautoencoder.config.EnumNames;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;

/**
 * The reconstruction error above which a beat is an anomaly, with what it was fitted on (recorded in the
 * bundle). A beat is normal when its error is strictly below {@code value}, as the tutorial's
 * {@code tf.math.less(loss, threshold)}.
 *
 * @param rule the rule's parameters, as configured
 * @param training the statistics of the normal training rows' errors
 * @param validation how the threshold does on the held-out validation rows; null for the rules that use none
 */
public record Threshold(
    ThresholdMethod method, double value, Rule rule, TrainingErrors training, Validation validation)
    implements Serializable {

  /**
   * @param k the k of mean-plus-k-std and median-plus-k-mad
   * @param percentile the percentile rule's p, else null
   * @param targetFalsePositiveRate the target-false-positive-rate rule's target, else null
   */
  public record Rule(double k, Double percentile, Double targetFalsePositiveRate) implements Serializable {}

  /**
   * @param rows how many normal training rows the statistics cover
   * @param std population standard deviation (numpy's default, ddof = 0)
   * @param mad median absolute deviation (unscaled)
   */
  public record TrainingErrors(long rows, double mean, double std, double median, double mad) implements Serializable {}

  /**
   * @param rows held-out training rows the rule was fitted on
   * @param anomalies how many of them are anomalies
   * @param f1 F1 (anomaly positive) of the threshold on them
   * @param falsePositiveRate the share of the normal ones it flags
   */
  public record Validation(long rows, long anomalies, double f1, double falsePositiveRate) implements Serializable {}

  public Threshold {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold must be finite but was " + value);
    }
  }

  /** Fits the configured rule; see {@link ThresholdMethod} for each. */
  public static Threshold choose(ThresholdConfig config, ThresholdInputs inputs) {
    double[] training = inputs.normalTrainingErrors();
    if (training.length == 0) {
      throw new IllegalArgumentException(
          "No normal training rows to set a threshold from; check input.normal-labels against the label column");
    }
    double[] validation = inputs.validationErrors();
    boolean[] validationIsAnomaly = inputs.validationIsAnomaly();
    ThresholdMethod method = config.method();
    if (method.needsValidationRows()) {
      requireValidationRows(method, inputs);
    }
    TrainingErrors statistics = ThresholdRules.statistics(training);
    double value =
        switch (method) {
          case MEAN_PLUS_K_STD -> statistics.mean() + config.k() * statistics.std();
          case PERCENTILE -> ThresholdRules.percentile(training, config.percentile());
          case MEDIAN_PLUS_K_MAD -> statistics.median() + config.k() * ThresholdRules.MAD_TO_STD * statistics.mad();
          case TARGET_FALSE_POSITIVE_RATE -> ThresholdRules.falsePositiveRateThreshold(
              normalErrors(validation, validationIsAnomaly), config.targetFalsePositiveRate());
          case BEST_F1 -> ThresholdRules.bestF1Threshold(validation, validationIsAnomaly)[0];
        };
    Rule rule =
        new Rule(
            config.k(),
            method == ThresholdMethod.PERCENTILE ? config.percentile() : null,
            method == ThresholdMethod.TARGET_FALSE_POSITIVE_RATE ? config.targetFalsePositiveRate() : null);
    Validation fit =
        validation.length == 0
            ? null
            : new Validation(
                validation.length, inputs.validationAnomalies(), f1(validation, validationIsAnomaly, value),
                ThresholdRules.falsePositiveRate(validation, validationIsAnomaly, value));
    return new Threshold(method, value, rule, statistics, fit);
  }

  public boolean isAnomaly(double reconstructionErrorMae) {
    return !(reconstructionErrorMae < value);
  }

  /** One line for the log: the rule and the value. */
  public String describe() {
    String ruleText =
        switch (method) {
          case MEAN_PLUS_K_STD -> "mean " + training.mean() + " + " + rule.k() + " x std " + training.std();
          case PERCENTILE -> "percentile " + rule.percentile();
          case MEDIAN_PLUS_K_MAD -> "median " + training.median() + " + " + rule.k() + " x 1.4826 x MAD " + training.mad();
          case TARGET_FALSE_POSITIVE_RATE -> "at most " + rule.targetFalsePositiveRate() + " of normal validation rows flagged";
          case BEST_F1 -> "best F1 on validation rows";
        };
    String validationText =
        validation == null
            ? ""
            : "; on " + validation.rows() + " validation rows (" + validation.anomalies() + " anomalies): F1 "
                + validation.f1() + ", normal rows flagged " + validation.falsePositiveRate();
    return "threshold " + value + " (" + ruleText + " over " + training.rows() + " normal training rows" + validationText + ")";
  }

  private static void requireValidationRows(ThresholdMethod method, ThresholdInputs inputs) {
    long anomalies = inputs.validationAnomalies();
    long normals = inputs.validationErrors().length - anomalies;
    boolean enough = method == ThresholdMethod.BEST_F1 ? anomalies > 0 && normals > 0 : normals > 0;
    if (!enough) {
      throw new IllegalArgumentException(
          "threshold.method = " + EnumNames.dashed(method) + " needs validation rows with "
              + (method == ThresholdMethod.BEST_F1 ? "both normal and abnormal labels" : "normal labels")
              + " but the held-out training rows have " + normals + " normal and " + anomalies
              + " abnormal; raise threshold.validation-fraction or pick another rule");
    }
  }

  private static double[] normalErrors(double[] errors, boolean[] isAnomaly) {
    int normals = 0;
    for (boolean anomaly : isAnomaly) {
      normals += anomaly ? 0 : 1;
    }
    double[] normal = new double[normals];
    int next = 0;
    for (int i = 0; i < errors.length; i++) {
      if (!isAnomaly[i]) {
        normal[next++] = errors[i];
      }
    }
    return normal;
  }

  private static double f1(double[] errors, boolean[] isAnomaly, double threshold) {
    long truePositives = 0;
    long flagged = 0;
    long anomalies = 0;
    for (int i = 0; i < errors.length; i++) {
      boolean flag = !(errors[i] < threshold);
      flagged += flag ? 1 : 0;
      anomalies += isAnomaly[i] ? 1 : 0;
      truePositives += flag && isAnomaly[i] ? 1 : 0;
    }
    return flagged + anomalies == 0 ? 0 : 2.0 * truePositives / (flagged + anomalies);
  }
}
