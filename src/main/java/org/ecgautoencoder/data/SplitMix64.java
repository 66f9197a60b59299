package org.ecgautoencoder.data;

/** SplitMix64's finaliser: a bijection on longs that scatters neighbouring inputs across the whole range. */
public final class SplitMix64 {
  private SplitMix64() {}

  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
