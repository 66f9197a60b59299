package org.ecgautoencoder.model;

import org.ecgautoencoder.config.SplitMethod;

import org.ecgautoencoder.data.ValidationHoldout;

/**
 * The train/test split a model was trained and evaluated on: scikit-learn's train_test_split parameters and
 * sizes.
 *
 * @param thresholdValidationFraction the fraction of training rows held out for the threshold rule ({@link
 *     org.ecgautoencoder.data.ValidationHoldout}, seeded with the split's seed)
 * @param thresholdValidationRows training rows held out of training to fit the threshold rule (0 for rules
 *     fitted on the training errors alone)
 */
public record SplitSummary(
    String method, double testFraction, long seed, long rows, long trainRows, long testRows, long normalTrainRows,
    double thresholdValidationFraction,
    long thresholdValidationRows) {
  public static final String METHOD = "sklearn-train-test-split";
  public static final String BY_RECORD = "by-record";

  /** How the bundle names a split method: the tutorial's name for random (bundles before by-record say so). */
  public static String method(SplitMethod method) {
    return method == SplitMethod.BY_RECORD ? BY_RECORD : METHOD;
  }

  /** The split method this summary names. */
  public SplitMethod splitMethod() {
    return BY_RECORD.equals(method) ? SplitMethod.BY_RECORD : SplitMethod.RANDOM;
  }

  /** The rows held out of training; bundles from before hold-outs existed read as 0. */
  public ValidationHoldout holdout() {
    return new ValidationHoldout(thresholdValidationFraction, seed);
  }
}
