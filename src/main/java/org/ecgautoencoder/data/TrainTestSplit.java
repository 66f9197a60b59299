package org.ecgautoencoder.data;

import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;
import org.ecgautoencoder.config.SplitConfig;

/**
 * scikit-learn's {@code train_test_split(test_size=f, random_state=seed)} over rows 0..n-1, exactly: the
 * permutation comes from numpy's legacy {@code RandomState(seed)}, the first {@code ceil(f * n)} entries are
 * the test rows and the next {@code floor((1 - f) * n)} the training rows (sklearn's ShuffleSplit).
 *
 * <p>Rows are indexed in the order the reader presents them: files sorted by path, rows in file order.
 */
public final class TrainTestSplit implements Serializable {
  private final int rowCount;
  private final int[] testRows;
  private final int[] trainRows;
  private final BitSet testMembership;
  private final BitSet trainMembership;

  private TrainTestSplit(int rowCount, int[] testRows, int[] trainRows) {
    this.rowCount = rowCount;
    this.testRows = testRows;
    this.trainRows = trainRows;
    this.testMembership = new BitSet(rowCount);
    this.trainMembership = new BitSet(rowCount);
    for (int row : testRows) {
      testMembership.set(row);
    }
    for (int row : trainRows) {
      trainMembership.set(row);
    }
  }

  public static TrainTestSplit of(long rowCount, SplitConfig config) {
    if (rowCount < 2 || rowCount > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "A train/test split needs between 2 and " + Integer.MAX_VALUE + " valid rows but the input has " + rowCount);
    }
    int n = (int) rowCount;
    // sklearn _validate_shuffle_split: n_test = ceil(test_size * n), n_train = floor(train_size * n).
    int testCount = (int) Math.ceil(config.testFraction() * n);
    int trainCount = (int) Math.floor((1.0 - config.testFraction()) * n);
    if (testCount == 0 || trainCount == 0) {
      throw new IllegalArgumentException(
          "split.test-fraction = " + config.testFraction() + " leaves an empty train or test set of " + n + " rows");
    }
    int[] permutation = new LegacyMersenneTwister(config.seed()).permutation(n);
    return new TrainTestSplit(
        n,
        Arrays.copyOfRange(permutation, 0, testCount),
        Arrays.copyOfRange(permutation, testCount, testCount + trainCount));
  }

  public boolean isTest(long rowOrdinal) {
    return testMembership.get(Math.toIntExact(rowOrdinal));
  }

  /** False for test rows and for the few rows sklearn leaves out when the two rounded sizes do not add up to n. */
  public boolean isTrain(long rowOrdinal) {
    return trainMembership.get(Math.toIntExact(rowOrdinal));
  }

  public int rowCount() {
    return rowCount;
  }

  public int[] testRows() {
    return testRows.clone();
  }

  public int[] trainRows() {
    return trainRows.clone();
  }

  public int testCount() {
    return testRows.length;
  }

  public int trainCount() {
    return trainRows.length;
  }
}
