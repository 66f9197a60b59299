package org.ecgautoencoder.config;

/** How the reconstruction-error threshold is chosen. None of them looks at the test rows. */
public enum ThresholdMethod {
  /** mean + k * population std of the normal training rows' errors: the tutorial's rule with k = 1. */
  MEAN_PLUS_K_STD(false),
  /** The given percentile of the normal training rows' errors (numpy's default linear interpolation). */
  PERCENTILE(false),
  /** median + k * MAD of the normal training rows' errors, the MAD scaled by 1.4826 to estimate a std. */
  MEDIAN_PLUS_K_MAD(false),
  /** The lowest threshold that flags at most the target fraction of the normal validation rows. */
  TARGET_FALSE_POSITIVE_RATE(true),
  /** The threshold with the best F1 (anomaly the positive class) on the labelled validation rows. */
  BEST_F1(true);

  private final boolean needsValidationRows;

  ThresholdMethod(boolean needsValidationRows) {
    this.needsValidationRows = needsValidationRows;
  }

  /** Whether the rule is fitted on validation rows carved from the training rows (then not trained on). */
  public boolean needsValidationRows() {
    return needsValidationRows;
  }
}
