package org.ecgautoencoder.model;

/** The train/test split a model was trained and evaluated on: scikit-learn's train_test_split parameters and sizes. */
public record SplitSummary(
    String method, double testFraction, long seed, long rows, long trainRows, long testRows, long normalTrainRows) {
  public static final String METHOD = "sklearn-train-test-split";
}
