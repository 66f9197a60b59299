package org.ecgautoencoder.detect;

/**
 * Places the R wave on the input signal: the sample of largest absolute deflection from the local mean, in a
 * window around the detection moved back by the filter chain's calibrated delay. Looking at the input rather
 * than the band-passed signal keeps the Butterworth filter's frequency-dependent phase out of the location, so
 * that it falls on the annotated R peak (positive or negative) rather than a few samples off it.
 */
final class RPeakLocator {
  private final int delaySamples;
  private final int halfWindowSamples;

  RPeakLocator(int delaySamples, int halfWindowSamples) {
    this.delaySamples = delaySamples;
    this.halfWindowSamples = halfWindowSamples;
  }

  /**
   * The R-peak index for a detection at {@code integratedIndex}, searched within {@code [first, last]} (the
   * signal's range and the samples seen so far).
   */
  int locate(SampleRing input, int integratedIndex, int first, int last) {
    int centre = integratedIndex - delaySamples;
    int from = Math.max(first, centre - halfWindowSamples);
    int to = Math.min(last, centre + halfWindowSamples);
    if (from > to) {
      return Math.max(first, Math.min(last, centre));
    }
    double sum = 0;
    for (int i = from; i <= to; i++) {
      sum += input.get(i);
    }
    double mean = sum / (to - from + 1);
    int best = from;
    double largest = -1;
    for (int i = from; i <= to; i++) {
      double deflection = Math.abs(input.get(i) - mean);
      if (deflection > largest) {
        largest = deflection;
        best = i;
      }
    }
    return best;
  }
}
