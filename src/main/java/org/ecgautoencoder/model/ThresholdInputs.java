package org.ecgautoencoder.model;

/**
 * The reconstruction errors a threshold rule may look at: those of the normal rows the model was trained
 * on and, for the rules that need them, of labelled validation rows held out of the training rows. Never
 * the test rows.
 *
 * @param validationErrors empty when no validation rows were held out
 * @param validationIsAnomaly per validation row, whether its label is an anomaly
 */
public record ThresholdInputs(double[] normalTrainingErrors, double[] validationErrors, boolean[] validationIsAnomaly) {

  public ThresholdInputs {
    if (validationErrors.length != validationIsAnomaly.length) {
      throw new IllegalArgumentException(
          validationErrors.length + " validation errors but " + validationIsAnomaly.length + " labels");
    }
  }

  public static ThresholdInputs trainingOnly(double[] normalTrainingErrors) {
    return new ThresholdInputs(normalTrainingErrors, new double[0], new boolean[0]);
  }

  public long validationAnomalies() {
    long anomalies = 0;
    for (boolean anomaly : validationIsAnomaly) {
      anomalies += anomaly ? 1 : 0;
    }
    return anomalies;
  }
}
