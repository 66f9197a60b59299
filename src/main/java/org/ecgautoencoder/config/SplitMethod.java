package org.ecgautoencoder.config;

/** How the rows are divided into training and test rows. */
public enum SplitMethod {
  /** scikit-learn's train_test_split over the rows (the tutorial's split). */
  RANDOM,
  /**
   * Whole records on one side: the distinct record_id values are split as train_test_split would split rows,
   * so no recording (patient) is in both. Meant for recordings, whose record_id is the record's name.
   */
  BY_RECORD
}
