package org.ecgautoencoder.signal;

import java.util.Locale;
import java.util.OptionalDouble;

/** Physical units of ECG signals as WFDB and EDF headers spell them, and their size in millivolts. */
final class VoltageUnits {
  private VoltageUnits() {}

  /**
   * Millivolts per one of {@code units}: 0.001 for uV, 1 for mV, 1000 for V; empty for anything else
   * (mmHg, NU, a blank EDF field), which marks a signal that is not an ECG lead.
   */
  static OptionalDouble millivoltsPer(String units) {
    String unit = units.strip();
    // Micro as 'u', the micro sign U+00B5 or the Greek mu U+03BC: all three occur in real headers.
    if (unit.equals("uV") || unit.equals("\u00b5V") || unit.equals("\u03bcV")) {
      return OptionalDouble.of(0.001);
    }
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "mv":
        return OptionalDouble.of(1.0);
      case "v":
        return OptionalDouble.of(1000.0);
      case "uv":
        return OptionalDouble.of(0.001);
      default:
        return OptionalDouble.empty();
    }
  }
}
