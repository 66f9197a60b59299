package org.ecgautoencoder.data;

/**
 * MT19937 as numpy's legacy {@code RandomState(seed)} drives it, enough to reproduce
 * {@code RandomState(seed).permutation(n)} bit for bit. Not thread-safe; not for cryptography.
 */
final class LegacyMersenneTwister {
  private static final int STATE_LENGTH = 624;
  private static final int SHIFT_SIZE = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] state = new int[STATE_LENGTH];
  private int position;

  /** numpy's {@code mt19937_seed}: Knuth's linear initialisation from one 32-bit seed. */
  LegacyMersenneTwister(long seed) {
    if (seed < 0 || seed > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("seed must be an unsigned 32-bit integer but was " + seed);
    }
    state[0] = (int) seed;
    for (int i = 1; i < STATE_LENGTH; i++) {
      int previous = state[i - 1];
      state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
    }
    position = STATE_LENGTH;
  }

  /** The next 32 random bits, as an unsigned value in a long. */
  long nextUnsignedInt() {
    if (position >= STATE_LENGTH) {
      regenerate();
    }
    int y = state[position++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y & 0xFFFF_FFFFL;
  }

  /** numpy's {@code random_interval(max)}: uniform in [0, max] by masked rejection sampling. */
  long nextInClosedRange(long max) {
    if (max == 0) {
      return 0;
    }
    if (max > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("ranges wider than 32 bits are not needed here: " + max);
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    long value;
    do {
      value = nextUnsignedInt() & mask;
    } while (value > max);
    return value;
  }

  /** numpy's legacy {@code permutation(n)}: Fisher-Yates over 0..n-1 from the last position down. */
  int[] permutation(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    for (int i = n - 1; i >= 1; i--) {
      int j = (int) nextInClosedRange(i);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }

  private void regenerate() {
    int i = 0;
    for (; i < STATE_LENGTH - SHIFT_SIZE; i++) {
      int y = (state[i] & UPPER_MASK) | (state[i + 1] & LOWER_MASK);
      state[i] = state[i + SHIFT_SIZE] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    for (; i < STATE_LENGTH - 1; i++) {
      int y = (state[i] & UPPER_MASK) | (state[i + 1] & LOWER_MASK);
      state[i] = state[i + (SHIFT_SIZE - STATE_LENGTH)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    int y = (state[STATE_LENGTH - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
    state[STATE_LENGTH - 1] = state[SHIFT_SIZE - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    position = 0;
  }
}
