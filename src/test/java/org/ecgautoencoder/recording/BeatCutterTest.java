package org.ecgautoencoder.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecgautoencoder.config.BeatCalibration;
import org.ecgautoencoder.config.BeatNormalisation;
import org.ecgautoencoder.config.RecordingConfig;
import org.junit.jupiter.api.Test;

class BeatCutterTest {
  private static RecordingConfig config(double before, double after, int samples, BeatNormalisation normalisation) {
    return new RecordingConfig("auto", before, after, samples, normalisation, BeatCalibration.NONE, false, 1, 8, "atr", 0.15);
  }

  @Test
  void theWindowIsResampledLinearlyBetweenItsEnds() {
    // A ramp: sample i holds i mV, so the resampled window holds its own positions.
    float[] ramp = new float[1000];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = i;
    }
    // 100 Hz: 0.2 s before and 0.3 s after a peak at 500 span samples 480..530, cut into 11 points 5 apart.
    float[] out = new float[11];
    new BeatCutter(config(0.2, 0.3, 11, BeatNormalisation.NONE), 100).cut(ramp, 500, out, 0);
    for (int k = 0; k < 11; k++) {
      assertThat(out[k]).isCloseTo(480 + 5 * k, within(1e-4f));
    }
    // 7 points over 50 samples fall between samples: interpolated.
    float[] seven = new float[7];
    new BeatCutter(config(0.2, 0.3, 7, BeatNormalisation.NONE), 100).cut(ramp, 500, seven, 0);
    assertThat(seven[1]).isCloseTo(480 + 50 / 6f, within(1e-3f));
  }

  @Test
  void nearTheEndsTheWindowIsPaddedAndZScoredBeatsHaveMeanZeroAndUnitDeviation() {
    float[] signal = {1, 2, 3, 4, 5};
    float[] out = new float[5];
    new BeatCutter(config(0.02, 0.02, 5, BeatNormalisation.NONE), 100).cut(signal, 0, out, 0);
    assertThat(out).containsExactly(1, 1, 1, 2, 3);

    new BeatCutter(config(0.02, 0.02, 5, BeatNormalisation.Z_SCORE), 100).cut(signal, 2, out, 0);
    double mean = 0;
    double squares = 0;
    for (float v : out) {
      mean += v / 5.0;
    }
    for (float v : out) {
      squares += (v - mean) * (v - mean) / 5.0;
    }
    assertThat(mean).isCloseTo(0, within(1e-6));
    assertThat(Math.sqrt(squares)).isCloseTo(1, within(1e-6));
  }
}
