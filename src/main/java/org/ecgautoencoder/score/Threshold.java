package org.ecgautoencoder.score;

import java.io.Serializable;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;

/**
 * The reconstruction error above which a beat is an anomaly. A beat is normal when its error is strictly
 * below {@code value}, as the tutorial's {@code tf.math.less(loss, threshold)}.
 *
 * @param trainingErrorMean mean of the normal training rows' errors
 * @param trainingErrorStd their population standard deviation (numpy's default, ddof = 0)
 * @param trainingRows how many normal training rows the statistics cover
 */
public record Threshold(
    ThresholdMethod method, double k, double trainingErrorMean, double trainingErrorStd, long trainingRows,
    double value)
    implements Serializable {

  public Threshold {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold must be finite but was " + value);
    }
  }

  public static Threshold fromTrainingErrors(
      ThresholdConfig config, long count, double mean, double populationStd) {
    if (count == 0) {
      throw new IllegalArgumentException(
          "No normal training rows to set a threshold from; check input.normal-labels against the label column");
    }
    return switch (config.method()) {
      case MEAN_PLUS_K_STD -> new Threshold(
          config.method(), config.k(), mean, populationStd, count, mean + config.k() * populationStd);
    };
  }

  public boolean isAnomaly(double reconstructionErrorMae) {
    return !(reconstructionErrorMae < value);
  }
}
