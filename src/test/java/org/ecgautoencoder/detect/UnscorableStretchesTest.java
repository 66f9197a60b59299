package org.ecgautoencoder.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.ecgautoencoder.detect.UnscorableStretches.Reason;
import org.ecgautoencoder.detect.UnscorableStretches.Stretch;
import org.ecgautoencoder.signal.Lead;
import org.junit.jupiter.api.Test;

class UnscorableStretchesTest {
  private static final double FS = 360;
  private static final double GAIN = 200;
  private static final int MIN = 0;
  private static final int MAX = 2047;
  private static final int BASELINE = 1024;

  /** Ten seconds of "ECG": noise of 3 units and a 1 mV spike every 0.8 s. */
  private static int[] ecg(int seconds) {
    Random random = new Random(3);
    int[] digital = new int[(int) (seconds * FS)];
    for (int i = 0; i < digital.length; i++) {
      digital[i] = BASELINE + (int) Math.round(3 * random.nextGaussian()) + (i % 288 == 100 ? 200 : 0);
    }
    return digital;
  }

  @Test
  void findsNothingInOrdinarySignal() {
    UnscorableStretches found = UnscorableStretches.find(ecg(10), MIN, MAX, GAIN, FS);

    assertThat(found.stretches()).isEmpty();
    assertThat(found.totalSeconds()).isZero();
  }

  @Test
  void findsAFlatStretchOfTwoSeconds() {
    int[] digital = ecg(10);
    Arrays.fill(digital, 1800, 2520, 1030);
    digital[2000] = 1032; // 0.01 mV of quantisation noise is still flat

    UnscorableStretches found = UnscorableStretches.find(digital, MIN, MAX, GAIN, FS);

    assertThat(found.stretches()).hasSize(1);
    Stretch flat = found.stretches().get(0);
    assertThat(flat.reason()).isEqualTo(Reason.FLAT);
    // The stretch may reach into the neighbouring noise by a sample or two that happen to lie within the limit.
    assertThat(flat.start()).isBetween(1790, 1800);
    assertThat(flat.end()).isBetween(2520, 2530);
    assertThat(found.totalSeconds()).isCloseTo(2.0, within(0.06));
  }

  @Test
  void leavesAFlatStretchShorterThanTheWindow() {
    int[] digital = ecg(10);
    Arrays.fill(digital, 1800, 1800 + 300, 1030);

    assertThat(UnscorableStretches.find(digital, MIN, MAX, GAIN, FS).stretches()).isEmpty();
  }

  @Test
  void findsClippingAtEitherLimitAndTheInvalidValue() {
    int[] digital = ecg(10);
    Arrays.fill(digital, 400, 440, MAX); // 111 ms at the top
    Arrays.fill(digital, 1000, 1010, MAX); // 28 ms: an R wave touching the limit, not a stretch
    Arrays.fill(digital, 2000, 2036, -2048); // format 212's invalid value for 100 ms
    Arrays.fill(digital, 3000, 3018, MIN); // exactly 50 ms at the bottom

    UnscorableStretches found = UnscorableStretches.find(digital, MIN, MAX, GAIN, FS);

    assertThat(found.stretches())
        .containsExactly(
            new Stretch(400, 440, Reason.SATURATED),
            new Stretch(2000, 2036, Reason.SATURATED),
            new Stretch(3000, 3018, Reason.SATURATED));
    assertThat(found.totalSeconds()).isCloseTo(94 / FS, within(1e-9));
  }

  @Test
  void reportsALongClippedStretchAsSaturatedNotFlat() {
    int[] digital = ecg(10);
    Arrays.fill(digital, 1000, 2000, MIN);
    digital[1500] = MIN + 1; // one sample off the limit, inside the flat window

    UnscorableStretches found = UnscorableStretches.find(digital, MIN, MAX, GAIN, FS);

    assertThat(found.stretches()).extracting(Stretch::reason).containsOnly(Reason.SATURATED, Reason.FLAT);
    assertThat(found.stretches().get(0)).isEqualTo(new Stretch(1000, 1500, Reason.SATURATED));
    assertThat(found.stretches()).contains(new Stretch(1500, 1501, Reason.FLAT), new Stretch(1501, 2000, Reason.SATURATED));
    assertThat(found.totalSeconds()).isCloseTo(1000 / FS, within(0.01));
  }

  @Test
  void findsNoneOrNearlyNoneInARealRecord() {
    MitdbTestRecord record = MitdbTestRecord.load("101");
    Lead lead = record.lead();

    UnscorableStretches found =
        UnscorableStretches.find(
            record.digital(), lead.digitalMin(), lead.digitalMax(), lead.gainPerMillivolt(),
            record.samplingFrequencyHz());

    // Measured: 0 s of 1805 s.
    assertThat(found.totalSeconds()).isLessThan(1.0);
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> UnscorableStretches.find(new int[1], 5, 5, GAIN, FS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digitalMin");
    assertThatThrownBy(() -> UnscorableStretches.find(new int[1], MIN, MAX, 0, FS))
        .hasMessageContaining("gain");
    assertThatThrownBy(() -> new Stretch(5, 5, Reason.FLAT)).hasMessageContaining("start < end");
  }
}
