package org.ecgautoencoder.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RhythmFeaturesTest {
  private static final double FS = 100;

  @Test
  void aPrematureBeatHasAShortPreviousAndALongNextIntervalAgainstTheLocalMean() {
    // Beats every 1 s, then one 0.6 s early, then a compensatory pause of 1.4 s.
    int[] peaks = {0, 100, 200, 300, 400, 440, 580};
    RhythmFeatures rhythm = RhythmFeatures.of(peaks, new boolean[peaks.length], FS, 3);

    assertThat(rhythm.previousSeconds(5)).isCloseTo(0.4, within(1e-12));
    assertThat(rhythm.nextSeconds(5)).isCloseTo(1.4, within(1e-12));
    // The local mean excludes the beat's own previous interval: the three before it, all 1 s.
    assertThat(rhythm.localMeanSeconds(5)).isCloseTo(1.0, within(1e-12));
    float[] out = new float[6];
    rhythm.write(5, out, 0, 2);
    assertThat(out).containsExactly(new float[] {0.4f, 0.4f, 1.4f, 1.4f, 0.4f / 1.4f, 0.4f / 1.4f}, within(1e-6f));
  }

  @Test
  void intervalsAreMissingAtTheEndsAndAcrossAnUnscorableStretchAndReadAsOnTime() {
    int[] peaks = {0, 100, 200, 900, 1000};
    boolean[] broken = {false, false, false, true, false};
    RhythmFeatures rhythm = RhythmFeatures.of(peaks, broken, FS, 8);

    assertThat(rhythm.previousSeconds(0)).isNaN();
    assertThat(rhythm.nextSeconds(4)).isNaN();
    assertThat(rhythm.nextSeconds(2)).isNaN();
    assertThat(rhythm.previousSeconds(3)).isNaN();
    // After the break the local mean starts again: beat 4 has none before its own interval, so its neighbours stand in.
    assertThat(rhythm.localMeanSeconds(4)).isCloseTo(1.0, within(1e-12));
    float[] out = new float[3];
    rhythm.write(0, out, 0, 1);
    assertThat(out[0]).isEqualTo(RhythmFeatures.NEUTRAL_RATIO);
  }
}
