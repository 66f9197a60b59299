package org.ecgautoencoder.recording;

import org.ecgautoencoder.config.BeatNormalisation;
import org.ecgautoencoder.config.RecordingConfig;

/**
 * Cuts the window around an R-peak out of a lead and resamples it to the model's beat samples by linear
 * interpolation (the window spans a fractional number of samples at most rates), then scales it on its own.
 * Near the record's ends the window is padded with the first or last sample, so every detected beat gets a row.
 */
final class BeatCutter {
  /**
   * A beat whose samples' standard deviation (mV) is below this is flat (a lead at a constant value): z-scored,
   * it is all zeros rather than rounding noise magnified a million times. Real beats vary by tenths of a mV.
   */
  private static final double FLAT_STANDARD_DEVIATION = 1e-6;

  private final double startOffsetSamples;
  private final double stepSamples;
  private final int beatSamples;
  private final BeatNormalisation normalisation;

  BeatCutter(RecordingConfig config, double samplingFrequencyHz) {
    this.beatSamples = config.beatSamples();
    this.startOffsetSamples = -config.beforeSeconds() * samplingFrequencyHz;
    double spanSamples = (config.beforeSeconds() + config.afterSeconds()) * samplingFrequencyHz;
    this.stepSamples = spanSamples / (beatSamples - 1);
    this.normalisation = config.normalisation();
  }

  /** Writes the beat at {@code rPeak} of {@code leadMv} into {@code out[offset .. offset + beatSamples)}. */
  void cut(float[] leadMv, int rPeak, float[] out, int offset) {
    int last = leadMv.length - 1;
    for (int k = 0; k < beatSamples; k++) {
      double position = rPeak + startOffsetSamples + k * stepSamples;
      int left = (int) Math.floor(position);
      double fraction = position - left;
      float a = leadMv[Math.max(0, Math.min(last, left))];
      float b = leadMv[Math.max(0, Math.min(last, left + 1))];
      out[offset + k] = (float) (a + fraction * (b - a));
    }
    if (normalisation == BeatNormalisation.Z_SCORE) {
      zScore(out, offset);
    }
  }

  private void zScore(float[] out, int offset) {
    double sum = 0;
    for (int k = 0; k < beatSamples; k++) {
      sum += out[offset + k];
    }
    double mean = sum / beatSamples;
    double squares = 0;
    for (int k = 0; k < beatSamples; k++) {
      double d = out[offset + k] - mean;
      squares += d * d;
    }
    double deviation = Math.sqrt(squares / beatSamples);
    double scale = deviation < FLAT_STANDARD_DEVIATION ? 0 : 1 / deviation;
    for (int k = 0; k < beatSamples; k++) {
      out[offset + k] = (float) ((out[offset + k] - mean) * scale);
    }
  }
}
