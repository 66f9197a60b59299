package org.ecgautoencoder.detect;

import uk.me.berndporr.iirj.Butterworth;

/**
 * Pan and Tompkins' signal chain, one sample at a time: band-pass, five-point derivative, squaring and
 * moving-window integration. Keeps the last few seconds of the input, the band-passed signal and the squared
 * slope in rings, for the decision stage's peak measurements and the R-peak search.
 */
final class QrsEnergyFilter {
  /**
   * The running window sum is recomputed from the ring this often, so that rounding from adding and removing
   * samples cannot accumulate over a day-long record (2^16 samples: three minutes at 360 Hz).
   */
  private static final int EXACT_SUM_PERIOD = 1 << 16;

  /** The paper's derivative is (2x[n] + x[n-1] - x[n-3] - 2x[n-4]) / 8T: times fs/8 for mV/s. */
  private static final double DERIVATIVE_DIVISOR = 8.0;

  private final Butterworth bandPass = new Butterworth();
  private final double slopeScale;
  private final int window;
  private final SampleRing input;
  private final SampleRing bandPassed;
  private final SampleRing squaredSlope;
  private double previous1;
  private double previous2;
  private double previous3;
  private double previous4;
  private double windowSum;
  private int untilExactSum = EXACT_SUM_PERIOD;

  QrsEnergyFilter(DetectorGeometry geometry) {
    QrsDetectorSettings settings = geometry.settings();
    double fs = geometry.samplingFrequencyHz();
    double centre = (settings.bandPassLowHz() + settings.bandPassHighHz()) / 2;
    double width = settings.bandPassHighHz() - settings.bandPassLowHz();
    bandPass.bandPass(settings.bandPassOrder(), fs, centre, width);
    slopeScale = fs / DERIVATIVE_DIVISOR;
    window = geometry.integrationWindowSamples();
    input = new SampleRing(geometry.ringSamples());
    bandPassed = new SampleRing(geometry.ringSamples());
    squaredSlope = new SampleRing(geometry.ringSamples());
  }

  /** Takes the sample at {@code index} (one more than the last) and returns the integrated signal there. */
  double next(int index, double sample) {
    input.put(index, sample);
    double filtered = bandPass.filter(sample);
    bandPassed.put(index, filtered);
    double slope = (2 * filtered + previous1 - previous3 - 2 * previous4) * slopeScale;
    previous4 = previous3;
    previous3 = previous2;
    previous2 = previous1;
    previous1 = filtered;
    double squared = slope * slope;
    windowSum += squared - squaredSlope.get(index - window);
    squaredSlope.put(index, squared);
    if (--untilExactSum == 0) {
      untilExactSum = EXACT_SUM_PERIOD;
      windowSum = exactWindowSum(index);
    }
    return windowSum > 0 ? windowSum / window : 0;
  }

  private double exactWindowSum(int index) {
    double sum = 0;
    for (int i = index - window + 1; i <= index; i++) {
      sum += squaredSlope.get(i);
    }
    return sum;
  }

  /** The band-passed value of the last sample taken. */
  double lastBandPassed() {
    return previous1;
  }

  /** The input samples seen so far (the last few seconds of them). */
  SampleRing input() {
    return input;
  }

  /** The band-passed signal's largest absolute value in {@code [from, to]}. */
  double bandPassedPeak(int from, int to) {
    return bandPassed.maxAbs(from, to);
  }

  /** The steepest band-passed slope, in mV/s, in {@code [from, to]}. */
  double steepestSlope(int from, int to) {
    return Math.sqrt(squaredSlope.max(from, to));
  }
}
