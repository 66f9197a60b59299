package org.ecgautoencoder.signal;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One signal line of a WFDB header (header(5)), with the defaults header(5) gives for missing fields
 * already applied: gain 200 when missing or 0 (uncalibrated), baseline = ADC zero, units mV, ADC resolution
 * by format (12 for 212, 10 for 310/311, 8 for 8/80, 24/32 for 24/32, else 16).
 *
 * @param fileName the signal file, relative to the header's folder
 * @param format the signal format number (212, 16, ...), as written; support is checked when reading
 * @param samplesPerFrame from {@code format x n}; 1 when absent
 * @param skew from {@code format :n}; 0 when absent
 * @param byteOffset from {@code format +n}: bytes before the first sample in the file; 0 when absent
 * @param adcGain digital units per {@code units}
 * @param baseline the digital value of 0 physical units
 * @param units the physical unit as written
 * @param adcResolution bits
 * @param adcZero the digital value in the middle of the ADC's range
 * @param initialValue the first sample's value, when the header gives it (verified when reading)
 * @param checksum the 16-bit sum of all samples as signed 16-bit, when the header gives it
 * @param blockSize as written; 0 for ordinary files
 * @param description the signal's name, e.g. {@code MLII}
 */
public record WfdbSignalSpec(
    String fileName,
    int format,
    int samplesPerFrame,
    int skew,
    long byteOffset,
    double adcGain,
    int baseline,
    String units,
    int adcResolution,
    int adcZero,
    OptionalInt initialValue,
    OptionalInt checksum,
    int blockSize,
    String description) {

  /** header(5): a missing or zero gain means uncalibrated, and WFDB then assumes 200 units per mV. */
  public static final double DEFAULT_GAIN = 200.0;

  public WfdbSignalSpec {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(initialValue, "initialValue");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(description, "description");
    if (samplesPerFrame < 1 || skew < 0 || byteOffset < 0) {
      throw new IllegalArgumentException(
          "signal " + description + ": samplesPerFrame must be >= 1, skew and byteOffset >= 0");
    }
    if (!Double.isFinite(adcGain) || adcGain == 0) {
      throw new IllegalArgumentException("signal " + description + ": adcGain must be finite and non-zero");
    }
    if (adcResolution < 1 || adcResolution > 32) {
      throw new IllegalArgumentException(
          "signal " + description + ": adcResolution must be 1..32 bits but was " + adcResolution);
    }
  }

  /** The default ADC resolution header(5) gives for a format. */
  static int defaultResolution(int format) {
    switch (format) {
      case 212:
        return 12;
      case 310:
      case 311:
        return 10;
      case 8:
      case 80:
        return 8;
      case 24:
        return 24;
      case 32:
        return 32;
      default:
        return 16;
    }
  }

  /** True when the unit is a voltage, i.e. the signal can be an ECG lead. */
  public boolean isVoltage() {
    return VoltageUnits.millivoltsPer(units).isPresent();
  }

  /** This signal as a lead; only for {@link #isVoltage() voltage} signals. */
  public Lead toLead() {
    OptionalDouble millivoltsPerUnit = VoltageUnits.millivoltsPer(units);
    if (millivoltsPerUnit.isEmpty()) {
      throw new IllegalStateException("signal " + description + " in " + units + " is not a voltage");
    }
    long half = 1L << (adcResolution - 1);
    int digitalMin = (int) Math.max(Integer.MIN_VALUE, adcZero - half);
    int digitalMax = (int) Math.min(Integer.MAX_VALUE, adcZero + half - 1);
    // gain is per unit; per mV it is gain / (mV per unit): 200 per uV is 200,000 per mV.
    return new Lead(
        description, units, adcGain / millivoltsPerUnit.getAsDouble(), baseline, digitalMin, digitalMax);
  }
}
