package org.ecgautoencoder.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a lead carries no ECG: flat (an electrode off, the amplifier blocked) or saturated (clipped at the
 * converter's limits, or WFDB's invalid-sample value, which for format 212 is -2048, at or below the low limit).
 * Found on the stored ADC values so that the limits are exact.
 *
 * @param stretches sorted, non-overlapping, adjacent stretches of one reason merged; where a stretch is both flat
 *     and saturated it is reported as saturated
 * @param totalSeconds their total length
 */
public record UnscorableStretches(List<Stretch> stretches, double totalSeconds) {

  /**
   * The flat test's window: 1 s holds at least one QRS complex at any rate above 60 per minute, and otherwise the
   * baseline's own noise and wander, so a connected lead's peak-to-peak within it stays well above the limit.
   */
  public static final double FLAT_WINDOW_SECONDS = 1.0;

  /**
   * Flat below 0.02 mV peak to peak: four ADC units at MIT-BIH's 200 units/mV, above the quantisation noise of a
   * disconnected input, and about a tenth of the smallest QRS amplitudes (0.2 mV) a monitor is asked to detect.
   */
  public static final double FLAT_PEAK_TO_PEAK_MILLIVOLTS = 0.02;

  /**
   * Saturated when at a converter limit for 50 ms or more: an R wave that just touches the limit stays there for
   * a few samples (under 10 ms), a clipped stretch for the width of the QRS complex or longer.
   */
  public static final double SATURATION_MINIMUM_SECONDS = 0.050;

  public UnscorableStretches {
    if (stretches == null || !(totalSeconds >= 0)) {
      throw new IllegalArgumentException(
          "unscorable stretches need a list and a non-negative total, not " + stretches + ", " + totalSeconds);
    }
    stretches = List.copyOf(stretches);
  }

  /** Why a stretch cannot be scored. */
  public enum Reason {
    FLAT,
    SATURATED
  }

  /** Samples {@code [start, end)}. */
  public record Stretch(int start, int end, Reason reason) {
    public Stretch {
      if (start < 0 || end <= start || reason == null) {
        throw new IllegalArgumentException(
            "a stretch needs 0 <= start < end and a reason but was [" + start + ", " + end + ") " + reason);
      }
    }

    public int length() {
      return end - start;
    }
  }

  /**
   * The unscorable stretches of one lead.
   *
   * @param digital the lead's ADC values as stored
   * @param digitalMin the lowest value the converter gives (from the header: ADC zero - 2^(resolution-1))
   * @param digitalMax the highest
   * @param gainPerMillivolt ADC units per millivolt
   */
  public static UnscorableStretches find(
      int[] digital, int digitalMin, int digitalMax, double gainPerMillivolt, double samplingFrequencyHz) {
    if (digital == null) {
      throw new IllegalArgumentException("the lead's samples must be given, not null");
    }
    if (digitalMin >= digitalMax) {
      throw new IllegalArgumentException(
          "digitalMin must be below digitalMax but they were " + digitalMin + " and " + digitalMax);
    }
    if (!(gainPerMillivolt > 0) || !(samplingFrequencyHz > 0)
        || Double.isInfinite(gainPerMillivolt) || Double.isInfinite(samplingFrequencyHz)) {
      throw new IllegalArgumentException(
          "gain and sampling frequency must be positive and finite but were " + gainPerMillivolt + " units/mV and "
              + samplingFrequencyHz + " Hz");
    }
    int window = Math.max(2, (int) Math.round(FLAT_WINDOW_SECONDS * samplingFrequencyHz));
    double flatLimit = FLAT_PEAK_TO_PEAK_MILLIVOLTS * gainPerMillivolt;
    int saturationRun = Math.max(1, (int) Math.round(SATURATION_MINIMUM_SECONDS * samplingFrequencyHz));
    List<Stretch> saturated = saturated(digital, digitalMin, digitalMax, saturationRun);
    List<Stretch> flat = new FlatStretchFinder(window, flatLimit).find(digital);
    List<Stretch> all = StretchUnion.saturatedOverFlat(saturated, flat);
    long samples = all.stream().mapToLong(Stretch::length).sum();
    return new UnscorableStretches(all, samples / samplingFrequencyHz);
  }

  private static List<Stretch> saturated(int[] digital, int digitalMin, int digitalMax, int minimumRun) {
    List<Stretch> found = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= digital.length; i++) {
      boolean atLimit = i < digital.length && (digital[i] <= digitalMin || digital[i] >= digitalMax);
      if (atLimit && runStart < 0) {
        runStart = i;
      } else if (!atLimit && runStart >= 0) {
        if (i - runStart >= minimumRun) {
          found.add(new Stretch(runStart, i, Reason.SATURATED));
        }
        runStart = -1;
      }
    }
    return found;
  }
}
