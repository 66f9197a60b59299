package org.ecgautoencoder.train;

import java.util.Random;

/** The order rows are visited in each epoch: file order, or a fresh seeded Fisher-Yates shuffle per epoch. */
final class EpochOrder {
  private final int[] rows;
  private final boolean shuffle;
  private final Random random;

  EpochOrder(int rowCount, boolean shuffle, Random random) {
    this.rows = new int[rowCount];
    for (int i = 0; i < rowCount; i++) {
      rows[i] = i;
    }
    this.shuffle = shuffle;
    this.random = random;
  }

  int[] next() {
    if (shuffle) {
      for (int i = rows.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = rows[i];
        rows[i] = rows[j];
        rows[j] = swap;
      }
    }
    return rows.clone();
  }
}
