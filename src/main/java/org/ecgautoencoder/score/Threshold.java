package org.ecgautoencoder.score;

import java.io.Serializable;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;

/**
 * The reconstruction error above which a beat is an anomaly, with what it was fitted on (recorded in the
 * bundle). A beat is normal when its error is strictly below {@code value}, as the tutorial's
 * {@code tf.math.less(loss, threshold)}.
 *
 * @param k the rule's k (mean-plus-k-std, median-plus-k-mad)
 * @param trainingErrorMean mean of the normal training rows' errors
 * @param trainingErrorStd their population standard deviation (numpy's default, ddof = 0)
 * @param trainingRows how many normal training rows the statistics cover
 * @param trainingErrorMedian their median
 * @param trainingErrorMad their median absolute deviation (unscaled)
 * @param percentile the percentile rule's p, else null
 * @param targetFalsePositiveRate the target-false-positive-rate rule's target, else null
 * @param validationRows held-out training rows the rule was fitted on (0 for rules that use none)
 * @param validationAnomalies how many of them are anomalies
 * @param validationF1 F1 (anomaly positive) of the threshold on the validation rows, null without them
 * @param validationFalsePositiveRate fraction of normal validation rows flagged, null without them
 */
public record Threshold(
    ThresholdMethod method,
    double k,
    double trainingErrorMean,
    double trainingErrorStd,
    long trainingRows,
    double value,
    double trainingErrorMedian,
    double trainingErrorMad,
    Double percentile,
    Double targetFalsePositiveRate,
    long validationRows,
    long validationAnomalies,
    Double validationF1,
    Double validationFalsePositiveRate)
    implements Serializable {

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
    // The statistics the bundle records, each computed once.
    double mean = mean(training);
    double std = populationStd(training, mean);
    double median = ThresholdRules.median(training);
    double mad = ThresholdRules.medianAbsoluteDeviation(training, median);
    double value =
        switch (method) {
          case MEAN_PLUS_K_STD -> mean + config.k() * std;
          case PERCENTILE -> ThresholdRules.percentile(training, config.percentile());
          case MEDIAN_PLUS_K_MAD -> median + config.k() * ThresholdRules.MAD_TO_STD * mad;
          case TARGET_FALSE_POSITIVE_RATE -> ThresholdRules.falsePositiveRateThreshold(
              normalErrors(validation, validationIsAnomaly), config.targetFalsePositiveRate());
          case BEST_F1 -> ThresholdRules.bestF1Threshold(validation, validationIsAnomaly)[0];
        };
    boolean validated = validation.length > 0;
    return new Threshold(
        method,
        config.k(),
        mean,
        std,
        training.length,
        value,
        median,
        mad,
        method == ThresholdMethod.PERCENTILE ? config.percentile() : null,
        method == ThresholdMethod.TARGET_FALSE_POSITIVE_RATE ? config.targetFalsePositiveRate() : null,
        validation.length,
        inputs.validationAnomalies(),
        validated ? f1(validation, validationIsAnomaly, value) : null,
        validated ? ThresholdRules.falsePositiveRate(validation, validationIsAnomaly, value) : null);
  }

  public boolean isAnomaly(double reconstructionErrorMae) {
    return !(reconstructionErrorMae < value);
  }

  /** One line for the log: the rule and the value. */
  public String describe() {
    String rule =
        switch (method) {
          case MEAN_PLUS_K_STD -> "mean " + trainingErrorMean + " + " + k + " x std " + trainingErrorStd;
          case PERCENTILE -> "percentile " + percentile;
          case MEDIAN_PLUS_K_MAD -> "median " + trainingErrorMedian + " + " + k + " x 1.4826 x MAD " + trainingErrorMad;
          case TARGET_FALSE_POSITIVE_RATE -> "at most " + targetFalsePositiveRate + " of normal validation rows flagged";
          case BEST_F1 -> "best F1 on validation rows";
        };
    String validation =
        validationRows == 0
            ? ""
            : "; on " + validationRows + " validation rows (" + validationAnomalies + " anomalies): F1 " + validationF1
                + ", normal rows flagged " + validationFalsePositiveRate;
    return "threshold " + value + " (" + rule + " over " + trainingRows + " normal training rows" + validation + ")";
  }

  private static void requireValidationRows(ThresholdMethod method, ThresholdInputs inputs) {
    long anomalies = inputs.validationAnomalies();
    long normals = inputs.validationErrors().length - anomalies;
    boolean enough = method == ThresholdMethod.BEST_F1 ? anomalies > 0 && normals > 0 : normals > 0;
    if (!enough) {
      throw new IllegalArgumentException(
          "threshold.method = " + method.name().toLowerCase().replace('_', '-') + " needs validation rows with "
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

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Two-pass population standard deviation (numpy's np.std, ddof = 0). */
  private static double populationStd(double[] values, double mean) {
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length);
  }
}
