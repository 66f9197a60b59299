package org.ecgautoencoder.signal;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One signal of an EDF/EDF+ header, its fields trimmed of the padding spaces.
 *
 * @param label e.g. {@code MLII}; EDF+ annotation signals are labelled {@code EDF Annotations}
 * @param transducer as written
 * @param physicalDimension the physical unit, e.g. {@code uV}, {@code mV}
 * @param physicalMin the physical value of {@code digitalMin}
 * @param physicalMax the physical value of {@code digitalMax}
 * @param digitalMin the smallest stored value
 * @param digitalMax the largest stored value
 * @param prefiltering as written
 * @param samplesPerRecord samples of this signal in each data record
 */
public record EdfSignalSpec(
    String label,
    String transducer,
    String physicalDimension,
    double physicalMin,
    double physicalMax,
    int digitalMin,
    int digitalMax,
    String prefiltering,
    int samplesPerRecord) {

  /** EDF+'s label of the signal that carries time-stamped annotations instead of samples. */
  public static final String ANNOTATIONS_LABEL = "EDF Annotations";

  public EdfSignalSpec {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(transducer, "transducer");
    Objects.requireNonNull(physicalDimension, "physicalDimension");
    Objects.requireNonNull(prefiltering, "prefiltering");
    if (samplesPerRecord < 1) {
      throw new IllegalArgumentException("signal " + label + ": samples per record must be >= 1 but was " + samplesPerRecord);
    }
    if (digitalMin >= digitalMax) {
      throw new IllegalArgumentException(
          "signal " + label + ": digital minimum " + digitalMin + " must be below digital maximum " + digitalMax);
    }
    if (physicalMin == physicalMax || !Double.isFinite(physicalMin) || !Double.isFinite(physicalMax)) {
      throw new IllegalArgumentException(
          "signal " + label + ": physical minimum and maximum must differ but are " + physicalMin + " and " + physicalMax);
    }
  }

  public boolean isAnnotations() {
    return label.equals(ANNOTATIONS_LABEL);
  }

  /** An ECG lead: not the annotation signal, and in a voltage unit. */
  public boolean isLead() {
    return !isAnnotations() && VoltageUnits.millivoltsPer(physicalDimension).isPresent();
  }

  /**
   * As a lead: EDF's {@code physical = physMin + (digital - digMin) * (physMax - physMin) / (digMax - digMin)}
   * rewritten as {@code mV = (digital - baseline) / gain}, the physical unit converted to mV.
   */
  public Lead toLead() {
    OptionalDouble millivoltsPerUnit = VoltageUnits.millivoltsPer(physicalDimension);
    if (!isLead()) {
      throw new IllegalStateException("signal " + label + " in '" + physicalDimension + "' is not an ECG lead");
    }
    double mvMin = physicalMin * millivoltsPerUnit.getAsDouble();
    double mvMax = physicalMax * millivoltsPerUnit.getAsDouble();
    double gain = (digitalMax - (double) digitalMin) / (mvMax - mvMin);
    double baseline = digitalMin - mvMin * gain;
    return new Lead(label, physicalDimension, gain, baseline, digitalMin, digitalMax);
  }
}
