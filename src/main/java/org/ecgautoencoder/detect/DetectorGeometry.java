package org.ecgautoencoder.detect;

/**
 * The detector's settings turned into sample counts at one sampling rate, and the delay from an R wave to the
 * integrated signal's peak, calibrated once through the detector's own filter chain.
 *
 * @param integratorDelaySamples how many samples the integrated signal's peak follows the R wave of a narrow
 *     QRS complex: measured on a Gaussian pulse, so that it holds for any band-pass realisation and rate
 */
record DetectorGeometry(
    double samplingFrequencyHz,
    QrsDetectorSettings settings,
    int integrationWindowSamples,
    int refractorySamples,
    int tWaveWindowSamples,
    int learningSamples,
    int rPeakSearchSamples,
    int peakConfirmationSamples,
    int ringSamples,
    int integratorDelaySamples) {

  /**
   * Hamilton and Tompkins (1986) declare an integrated-signal peak once the signal has fallen to half of it or
   * 95 ms have passed since it; Pan and Tompkins leave their peak rule's interval unstated.
   */
  static final double PEAK_CONFIRMATION_SECONDS = 0.095;

  /**
   * The rings hold 1.5 s: more than the integrator's delay, the peak confirmation and the R-peak search window
   * together (about 0.5 s), with room to spare.
   */
  static final double RING_SECONDS = 1.5;

  /**
   * The calibration pulse: a Gaussian of 12 ms standard deviation (about 30 ms at half height), the width of a
   * normal R wave.
   */
  static final double CALIBRATION_PULSE_SIGMA_SECONDS = 0.012;

  /** Lowest sampling rate: below about 4 times the pass band's upper edge the chain means nothing. */
  static final double MINIMUM_RATE_PER_BAND_EDGE = 4.0;

  static DetectorGeometry of(double samplingFrequencyHz, QrsDetectorSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("QRS detector settings must be given, not null");
    }
    if (!(samplingFrequencyHz >= MINIMUM_RATE_PER_BAND_EDGE * settings.bandPassHighHz())
        || Double.isInfinite(samplingFrequencyHz)) {
      throw new IllegalArgumentException(
          "sampling frequency must be finite and at least " + MINIMUM_RATE_PER_BAND_EDGE * settings.bandPassHighHz()
              + " Hz (4 times the band-pass's upper edge) but was " + samplingFrequencyHz);
    }
    int ring = samples(RING_SECONDS, samplingFrequencyHz);
    DetectorGeometry uncalibrated =
        new DetectorGeometry(
            samplingFrequencyHz,
            settings,
            samples(settings.integrationWindowSeconds(), samplingFrequencyHz),
            samples(settings.refractorySeconds(), samplingFrequencyHz),
            samples(settings.tWaveWindowSeconds(), samplingFrequencyHz),
            samples(settings.learningSeconds(), samplingFrequencyHz),
            samples(settings.rPeakSearchSeconds(), samplingFrequencyHz),
            samples(PEAK_CONFIRMATION_SECONDS, samplingFrequencyHz),
            ring,
            0);
    return uncalibrated.withIntegratorDelay(uncalibrated.measureIntegratorDelay());
  }

  private DetectorGeometry withIntegratorDelay(int delay) {
    return new DetectorGeometry(
        samplingFrequencyHz,
        settings,
        integrationWindowSamples,
        refractorySamples,
        tWaveWindowSamples,
        learningSamples,
        rPeakSearchSamples,
        peakConfirmationSamples,
        ringSamples,
        delay);
  }

  /** Runs a Gaussian pulse through a fresh chain and returns where its integrated peak falls after it. */
  private int measureIntegratorDelay() {
    QrsEnergyFilter chain = new QrsEnergyFilter(this);
    int centre = ringSamples / 2;
    double sigma = CALIBRATION_PULSE_SIGMA_SECONDS * samplingFrequencyHz;
    int peakIndex = 0;
    double peak = -1;
    for (int i = 0; i < ringSamples; i++) {
      double t = (i - centre) / sigma;
      double integrated = chain.next(i, Math.exp(-0.5 * t * t));
      if (integrated > peak) {
        peak = integrated;
        peakIndex = i;
      }
    }
    return peakIndex - centre;
  }

  private static int samples(double seconds, double samplingFrequencyHz) {
    return Math.max(1, (int) Math.round(seconds * samplingFrequencyHz));
  }
}
