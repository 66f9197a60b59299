package org.ecgautoencoder.detect;

/**
 * One of Pan and Tompkins' two sets of adaptive thresholds: running estimates of the signal peak (SPKI, or SPKF
 * on the filtered signal) and the noise peak (NPKI, NPKF) levels, and the two thresholds between them.
 */
final class PeakLevels {
  /** Pan and Tompkins: SPKI = 0.125 PEAKI + 0.875 SPKI, and likewise for NPKI. */
  private static final double PEAK_WEIGHT = 0.125;

  /** Pan and Tompkins: after a search-back, SPKI = 0.25 PEAKI + 0.75 SPKI. */
  private static final double SEARCH_BACK_PEAK_WEIGHT = 0.25;

  /** Pan and Tompkins: THRESHOLD I1 = NPKI + 0.25 (SPKI - NPKI). */
  private static final double THRESHOLD_FRACTION = 0.25;

  /** Pan and Tompkins: THRESHOLD I2 = 0.5 THRESHOLD I1. */
  private static final double SECOND_THRESHOLD_FRACTION = 0.5;

  /** Pan and Tompkins: for irregular heart rates the first threshold of each set is reduced by half. */
  private static final double IRREGULAR_RATE_FRACTION = 0.5;

  private double signalLevel;
  private double noiseLevel;

  PeakLevels(double signalLevel, double noiseLevel) {
    this.signalLevel = signalLevel;
    this.noiseLevel = noiseLevel;
  }

  /** The first threshold, halved when the rhythm is irregular. */
  double threshold(RhythmRegularity regularity) {
    double threshold = noiseLevel + THRESHOLD_FRACTION * (signalLevel - noiseLevel);
    return regularity == RhythmRegularity.IRREGULAR ? IRREGULAR_RATE_FRACTION * threshold : threshold;
  }

  /** The second threshold, for the search-back. */
  double searchBackThreshold(RhythmRegularity regularity) {
    return SECOND_THRESHOLD_FRACTION * threshold(regularity);
  }

  void signalPeak(double peak) {
    signalLevel += PEAK_WEIGHT * (peak - signalLevel);
  }

  void searchBackSignalPeak(double peak) {
    signalLevel += SEARCH_BACK_PEAK_WEIGHT * (peak - signalLevel);
  }

  void noisePeak(double peak) {
    noiseLevel += PEAK_WEIGHT * (peak - noiseLevel);
  }
}
