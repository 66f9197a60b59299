package org.ecgautoencoder.bench.archive;

import org.ecgautoencoder.data.SplitMix64;

/**
 * The random stream of one synthetic record: SplitMix64 started from (archive seed, record index), so any
 * record can be rebuilt alone, in any task, in any order. Gaussians use Marsaglia's polar method with
 * {@link StrictMath}, whose results are specified bit for bit, so the archive is the same on every JVM.
 * Mutable and reused across records by one task: {@link #startRecord} resets it.
 */
final class RecordRandom {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L; // SplitMix64's increment
  private static final double UNIT_53_BITS = 0x1.0p-53;

  private long state;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  void startRecord(long archiveSeed, long recordIndex) {
    // mix(seed) ^ index is one-to-one in the index, and mix is a bijection: every record starts elsewhere.
    state = SplitMix64.mix(SplitMix64.mix(archiveSeed) ^ recordIndex);
    hasSpareGaussian = false;
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return SplitMix64.mix(state);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * UNIT_53_BITS;
  }

  /** Uniform in [0, bound); the modulo bias is below bound / 2^64. */
  int nextIndex(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** Standard normal; values come in pairs, the second kept for the next call. */
  double nextGaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double u;
    double v;
    double radiusSquared;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      radiusSquared = u * u + v * v;
    } while (radiusSquared >= 1 || radiusSquared == 0);
    double factor = StrictMath.sqrt(-2 * StrictMath.log(radiusSquared) / radiusSquared);
    spareGaussian = v * factor;
    hasSpareGaussian = true;
    return u * factor;
  }
}
