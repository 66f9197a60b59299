package org.ecgautoencoder.detect;

/**
 * The most recent samples of a stream, addressed by their index in the stream: a ring whose length is a power
 * of two, so that the detector's memory is a few seconds of signal whatever the recording's length.
 */
final class SampleRing {
  private final double[] values;
  private final int mask;

  /** A ring holding at least {@code minimumLength} samples. */
  SampleRing(int minimumLength) {
    if (minimumLength < 1 || minimumLength > (1 << 30)) {
      throw new IllegalArgumentException("a sample ring needs 1..2^30 samples but was asked for " + minimumLength);
    }
    int length = Integer.highestOneBit(minimumLength);
    if (length < minimumLength) {
      length <<= 1;
    }
    values = new double[length];
    mask = length - 1;
  }

  int capacity() {
    return values.length;
  }

  void put(int index, double value) {
    values[index & mask] = value;
  }

  /** The sample at {@code index}, which must be among the last {@link #capacity()} put. */
  double get(int index) {
    return values[index & mask];
  }

  /** The largest absolute value in {@code [from, to]}. */
  double maxAbs(int from, int to) {
    double max = 0;
    for (int i = from; i <= to; i++) {
      max = Math.max(max, Math.abs(values[i & mask]));
    }
    return max;
  }

  /** The largest value in {@code [from, to]}, or 0 for an empty range. */
  double max(int from, int to) {
    double max = 0;
    for (int i = from; i <= to; i++) {
      max = Math.max(max, values[i & mask]);
    }
    return max;
  }
}
