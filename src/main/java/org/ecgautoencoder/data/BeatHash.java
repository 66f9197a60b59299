package org.ecgautoencoder.data;

/**
 * A 64-bit hash of a beat's samples (their float bits, in order): what a beat's seeded choices hang on (its
 * validation hold-out, its variational draws) and what fingerprints a set of rows. It depends on the beat
 * alone, not on where it was read from, so a beat fares the same in any archive, format or batch.
 */
public final class BeatHash {
  private static final long START = 0x243F6A8885A308D3L;

  private BeatHash() {}

  public static long of(float[] samples) {
    return of(samples, 0, samples.length);
  }

  /** The hash of {@code samples[offset, offset + length)}. */
  public static long of(float[] samples, int offset, int length) {
    long hash = START;
    for (int i = offset; i < offset + length; i++) {
      hash = SplitMix64.mix(hash ^ Float.floatToIntBits(samples[i]));
    }
    return hash;
  }
}
