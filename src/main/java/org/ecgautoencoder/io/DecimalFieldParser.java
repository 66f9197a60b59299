package org.ecgautoencoder.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses the decimal numbers of a CSV field from bytes. Beat archives are plain decimals like
 * {@code -0.11252183}: for those (optional sign, at most 18 digits, optional point, no exponent) the value is
 * the digits as an exact integer divided by an exact power of ten, one correctly rounded IEEE division, so
 * the result is bit for bit what {@link Double#parseDouble} gives (Clinger's fast path). Everything else
 * (exponents, more digits, spaces, NaN, garbage) goes to fastdoubleparser, which decides or refuses. The
 * fast path exists because at 141 numbers per beat the library's general entry checks cost more than the
 * arithmetic; a test compares both on millions of values.
 */
final class DecimalFieldParser {
  /** Powers of ten that are exact doubles. */
  private static final double[] POWERS_OF_TEN = new double[23];
  private static final int MAX_FAST_DIGITS = 15; // 10^15 < 2^53: the integer is an exact double

  static {
    double power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private DecimalFieldParser() {}

  /** @throws NumberFormatException when {@code bytes[from, to)} is not a Java floating-point literal */
  static double parse(byte[] bytes, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    long digits = 0;
    int digitCount = 0;
    int fractionDigits = -1; // -1 until the decimal point
    for (; i < to; i++) {
      int b = bytes[i];
      if (b >= '0' && b <= '9') {
        digits = digits * 10 + (b - '0');
        digitCount++;
        if (fractionDigits >= 0) {
          fractionDigits++;
        }
      } else if (b == '.' && fractionDigits < 0) {
        fractionDigits = 0;
      } else {
        return JavaDoubleParser.parseDouble(bytes, from, to - from);
      }
    }
    if (digitCount == 0 || digitCount > MAX_FAST_DIGITS) {
      return JavaDoubleParser.parseDouble(bytes, from, to - from);
    }
    double value = fractionDigits > 0 ? digits / POWERS_OF_TEN[fractionDigits] : digits;
    return negative ? -value : value;
  }
}
