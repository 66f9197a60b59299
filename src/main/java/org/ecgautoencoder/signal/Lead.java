package org.ecgautoencoder.signal;

import java.util.Objects;

/**
 * One ECG signal of a recording and how its stored integers map to millivolts:
 * {@code mV = (digital - baseline) / gainPerMillivolt}.
 *
 * <p>WFDB: gain and baseline from the header, the gain converted from the header's unit to mV, digital
 * limits from the ADC resolution and zero ({@code adcZero - 2^(res-1) .. adcZero + 2^(res-1) - 1}). EDF: gain
 * and baseline derived from the physical and digital minimum and maximum, so the baseline is usually not
 * an integer; the limits are the header's digital minimum and maximum. The gain may be negative (an
 * inverted signal), never zero.
 *
 * @param name the WFDB signal description or EDF label, e.g. {@code MLII}
 * @param units the physical unit as written in the file, e.g. {@code mV}, {@code uV}
 * @param gainPerMillivolt digital units per millivolt
 * @param baseline the digital value meaning 0 mV
 * @param digitalMin the smallest value the ADC produces (the clipping limit)
 * @param digitalMax the largest value the ADC produces
 */
public record Lead(
    String name, String units, double gainPerMillivolt, double baseline, int digitalMin, int digitalMax) {

  public Lead {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(units, "units");
    if (!Double.isFinite(gainPerMillivolt) || gainPerMillivolt == 0) {
      throw new IllegalArgumentException(
          "lead " + name + ": gainPerMillivolt must be finite and non-zero but was " + gainPerMillivolt);
    }
    if (!Double.isFinite(baseline)) {
      throw new IllegalArgumentException("lead " + name + ": baseline must be finite but was " + baseline);
    }
    if (digitalMin >= digitalMax) {
      throw new IllegalArgumentException(
          "lead " + name + ": digitalMin " + digitalMin + " must be below digitalMax " + digitalMax);
    }
  }

  public float millivolts(int digital) {
    return (float) ((digital - baseline) / gainPerMillivolt);
  }

  /**
   * True for a sample at or beyond the ADC's range: clipped, or WFDB's invalid-sample marker (format 212
   * writes -2048, below every 12-bit ADC's minimum but its own).
   */
  public boolean atLimit(int digital) {
    return digital <= digitalMin || digital >= digitalMax;
  }
}
