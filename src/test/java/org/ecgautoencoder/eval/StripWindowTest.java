package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StripWindowTest {
  private static final double HALF_HOUR = 1800;

  @Test
  void theTenSecondsWithTheMostMisjudgedBeatsCentredOnTheFirstAndLastOfThem() {
    // From 100 s: 100, 101, 104 and 108.5 lie within 10 s, more than any other start gives.
    StripWindow window = StripWindow.around(new double[] {200, 3, 108.5, 100, 104, 101}, HALF_HOUR);

    assertThat(window.startSeconds()).isCloseTo((100 + 108.5) / 2 - 5, within(1e-9));
    assertThat(window.endSeconds()).isCloseTo((100 + 108.5) / 2 + 5, within(1e-9));
  }

  @Test
  void theWindowStaysInsideTheRecord() {
    assertThat(StripWindow.around(new double[] {1, 2}, HALF_HOUR)).isEqualTo(new StripWindow(0, 10));
    assertThat(StripWindow.around(new double[] {1799}, HALF_HOUR)).isEqualTo(new StripWindow(1790, 1800));
    assertThat(StripWindow.around(new double[] {2}, 6)).isEqualTo(new StripWindow(0, 6));
  }

  @Test
  void aStripNeedsAMisjudgedBeat() {
    assertThatThrownBy(() -> StripWindow.around(new double[0], HALF_HOUR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none were given");
  }
}
