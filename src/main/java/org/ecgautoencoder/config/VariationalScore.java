package org.ecgautoencoder.config;

/** The variational type's anomaly score (the reconstruction_error column and what the threshold is set on). */
public enum VariationalScore {
  /** The MAE of the beat decoded from its code mean: deterministic, comparable with the other types. */
  MEAN_RECONSTRUCTION,
  /**
   * The negative log-probability of the beat under the model's Laplace likelihood, averaged over
   * model.variational.score-samples codes drawn from the beat's code distribution.
   */
  LOG_PROBABILITY
}
