package org.ecgautoencoder.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QrsDetectorSettingsTest {
  @Test
  void defaultsAreThePapersValues() {
    QrsDetectorSettings d = QrsDetectorSettings.defaults();

    assertThat(d.bandPassLowHz()).isEqualTo(5.0);
    assertThat(d.bandPassHighHz()).isEqualTo(15.0);
    assertThat(d.integrationWindowSeconds()).isEqualTo(0.150);
    assertThat(d.refractorySeconds()).isEqualTo(0.200);
    assertThat(d.tWaveWindowSeconds()).isEqualTo(0.360);
    assertThat(d.tWaveSlopeRatio()).isEqualTo(0.5);
    assertThat(d.missedBeatRrFraction()).isEqualTo(1.66);
    assertThat(d.learningSeconds()).isEqualTo(2.0);
  }

  @Test
  void refusesInconsistentValuesNamingTheKey() {
    assertThatThrownBy(() -> new QrsDetectorSettings(15, 5, 2, 0.15, 0.2, 0.36, 0.5, 1.66, 2, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("band-pass-high-hz");
    assertThatThrownBy(() -> new QrsDetectorSettings(5, 15, 0, 0.15, 0.2, 0.36, 0.5, 1.66, 2, 0.1))
        .hasMessageContaining("band-pass-order");
    assertThatThrownBy(() -> new QrsDetectorSettings(5, 15, 2, 0.15, 0.2, 0.1, 0.5, 1.66, 2, 0.1))
        .hasMessageContaining("t-wave-window-seconds");
    assertThatThrownBy(() -> new QrsDetectorSettings(5, 15, 2, 0.15, 0.2, 0.36, 0.5, 0.9, 2, 0.1))
        .hasMessageContaining("missed-beat-rr-fraction");
    assertThatThrownBy(() -> new QrsDetectorSettings(5, 15, 2, Double.NaN, 0.2, 0.36, 0.5, 1.66, 2, 0.1))
        .hasMessageContaining("integration-window-seconds");
    assertThatThrownBy(() -> new QrsDetectorSettings(5, 15, 2, 0.15, 0.2, 0.36, 0.5, 1.66, 2, 0.3))
        .hasMessageContaining("r-peak-search-seconds");
  }
}
