package org.ecgautoencoder.data;

import java.io.Serializable;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Picks the training rows held out of training to fit a threshold rule on (validation rows, normal and
 * abnormal). A row's fate depends only on the seed and its samples ({@link BeatHash}), so a rerun holds out
 * the same rows whatever the partitioning or the file they came from, identical beats fall on the same side,
 * and test rows are never involved (only training rows are offered).
 */
public record ValidationHoldout(double fraction, long seed) implements Serializable {

  public ValidationHoldout {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("validation fraction must be in [0, 1) but was " + fraction);
    }
  }

  public boolean isHeldOut(BeatRecord beat) {
    if (fraction == 0) {
      return false;
    }
    double uniform = (SplitMix64.mix(seed * 0x9E3779B97F4A7C15L + BeatHash.of(beat.samples())) >>> 11) * 0x1.0p-53;
    return uniform < fraction;
  }
}
