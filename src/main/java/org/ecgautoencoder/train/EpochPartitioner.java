package org.ecgautoencoder.train;

import org.apache.spark.Partitioner;

/**
 * Cuts an epoch's sort keys ({@link EpochShuffleKey}) into one contiguous key range per worker, computed from
 * the keys alone. Spark's RangePartitioner (sortByKey) samples the keys with a seed taken from the RDD's id,
 * so its cut points, hence each worker's rows, changed with how many RDDs the application had made before:
 * two runs of the same training in one JVM, or a run resumed from a checkpoint, trained differently.
 * Shuffled keys are uniform 64-bit mixes, cut into equal ranges of the signed long line; unshuffled keys are
 * the row ordinals 0..rows-1, cut into equal runs.
 */
final class EpochPartitioner extends Partitioner {
  private final int partitions;
  private final boolean shuffledKeys;
  private final long rows;

  EpochPartitioner(int partitions, boolean shuffledKeys, long rows) {
    this.partitions = partitions;
    this.shuffledKeys = shuffledKeys;
    this.rows = rows;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long k = (Long) key;
    double position = shuffledKeys
        ? ((double) k - (double) Long.MIN_VALUE) / 18446744073709551616.0 // 2^64: [0, 1)
        : (double) k / rows;
    return Math.min(partitions - 1, Math.max(0, (int) (position * partitions)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EpochPartitioner p
        && p.partitions == partitions && p.shuffledKeys == shuffledKeys && p.rows == rows;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(rows) * 31 + partitions * 2 + (shuffledKeys ? 1 : 0);
  }
}
