package org.ecgautoencoder.config;

import java.util.Arrays;
import java.util.Locale;

/** Validation used by the config records: every failure names the key, the bad value and what is allowed. */
final class ConfigChecks {
  private ConfigChecks() {}

  static void check(boolean valid, String key, Object value, String allowed) {
    if (!valid) {
      throw new IllegalArgumentException(
          "Invalid config: " + key + " = " + value + "; allowed: " + allowed);
    }
  }

  static int atLeast(int value, int minimum, String key) {
    check(value >= minimum, key, value, "an integer >= " + minimum);
    return value;
  }

  static double positive(double value, String key) {
    check(value > 0 && Double.isFinite(value), key, value, "a finite number > 0");
    return value;
  }

  static double openUnitInterval(double value, String key) {
    check(value > 0 && value < 1, key, value, "a number strictly between 0 and 1");
    return value;
  }

  static double fraction(double value, String key) {
    check(value >= 0 && value <= 1, key, value, "a number from 0 to 1");
    return value;
  }

  /** Parses a dashed lower-case name ("global-min-max") into the enum constant GLOBAL_MIN_MAX. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
    String constant = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(constant)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Invalid config: " + key + " = " + value + "; allowed: one of " + dashedNames(type));
  }

  static String dashedName(Enum<?> value) {
    return EnumNames.dashed(value);
  }

  private static String dashedNames(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(ConfigChecks::dashedName).toList().toString();
  }
}
