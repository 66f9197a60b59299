package org.ecgautoencoder.train;

import org.apache.spark.api.java.function.PairFunction;
import org.ecgautoencoder.data.SplitMix64;
import org.ecgautoencoder.io.BeatRecord;
import scala.Tuple2;

/**
 * Sort key that orders the training rows for one epoch: a seeded 64-bit mix of (seed, epoch, row ordinal)
 * when shuffling, the ordinal itself otherwise. Deterministic, so a rerun visits rows in the same order.
 */
final class EpochShuffleKey implements PairFunction<Tuple2<BeatRecord, Long>, Long, BeatRecord> {
  private final long seed;
  private final int epoch;
  private final boolean shuffle;

  EpochShuffleKey(long seed, int epoch, boolean shuffle) {
    this.seed = seed;
    this.epoch = epoch;
    this.shuffle = shuffle;
  }

  @Override
  public Tuple2<Long, BeatRecord> call(Tuple2<BeatRecord, Long> numbered) {
    long ordinal = numbered._2();
    long key = shuffle ? SplitMix64.mix(SplitMix64.mix(seed ^ 0x9E3779B97F4A7C15L * epoch) ^ ordinal) : ordinal;
    return new Tuple2<>(key, numbered._1());
  }
}
