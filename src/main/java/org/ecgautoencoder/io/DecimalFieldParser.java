package org.ecgautoencoder.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses the decimal numbers of a CSV field from bytes. Beat archives are plain decimals like
 * {@code -0.11252183}: for those (optional sign, at most 15 digits, optional point, no exponent) the value is
 * the digits as an exact integer divided by an exact power of ten, one correctly rounded IEEE division, so
 * the result is bit for bit what {@link Double#parseDouble} gives (Clinger's fast path). The fast path exists
 * because at 141 numbers per beat the library's general entry checks cost more than the arithmetic; a test
 * compares both on millions of values.
 *
 * <p>Everything else is checked against the decimal grammar first, spaces or tabs around it allowed:
 * {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}; only then does fastdoubleparser compute
 * it (correctly rounded, as Java does). The check matters because Java's syntax is wider than a beat file's:
 * hex floats ({@code 0x1p3}), type suffixes ({@code 1d}, {@code 1F}) and control characters around the number
 * (Java trims NUL) would otherwise be read as samples. Infinity and NaN, spelled as Java, C, numpy or R write
 * them ({@code inf}, {@code Infinity}, {@code nan}, any case, optional sign), parse to non-finite values so
 * the caller rejects them as such, not as "not a number".
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

  /**
   * @return the value; NaN or an infinity for the spellings of those
   * @throws NumberFormatException when {@code bytes[from, to)} is neither a plain decimal nor such a spelling
   */
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
        return parseChecked(bytes, from, to);
      }
    }
    if (digitCount == 0 || digitCount > MAX_FAST_DIGITS) {
      return parseChecked(bytes, from, to);
    }
    double value = fractionDigits > 0 ? digits / POWERS_OF_TEN[fractionDigits] : digits;
    return negative ? -value : value;
  }

  /** The slow path: anything the fast one does not take, checked against the decimal grammar first. */
  private static double parseChecked(byte[] bytes, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isBlank(bytes[start])) {
      start++;
    }
    while (end > start && isBlank(bytes[end - 1])) {
      end--;
    }
    if (isPlainDecimal(bytes, start, end)) {
      return JavaDoubleParser.parseDouble(bytes, start, end - start);
    }
    return nonFinite(bytes, start, end);
  }

  private static boolean isPlainDecimal(byte[] bytes, int start, int end) {
    int i = start;
    if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
      i++;
    }
    int integerDigits = countDigits(bytes, i, end);
    i += integerDigits;
    int fractionDigits = 0;
    if (i < end && bytes[i] == '.') {
      i++;
      fractionDigits = countDigits(bytes, i, end);
      i += fractionDigits;
    }
    if (integerDigits + fractionDigits == 0) {
      return false;
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
        i++;
      }
      int exponentDigits = countDigits(bytes, i, end);
      if (exponentDigits == 0) {
        return false;
      }
      i += exponentDigits;
    }
    return i == end;
  }

  /** NaN or a signed infinity for their usual spellings, case-insensitive. */
  private static double nonFinite(byte[] bytes, int start, int end) {
    int i = start;
    boolean negative = false;
    if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    if (equalsIgnoreCase(bytes, i, end, "inf") || equalsIgnoreCase(bytes, i, end, "infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (equalsIgnoreCase(bytes, i, end, "nan")) {
      return Double.NaN;
    }
    throw new NumberFormatException("not a decimal number");
  }

  private static int countDigits(byte[] bytes, int from, int end) {
    int i = from;
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    return i - from;
  }

  private static boolean equalsIgnoreCase(byte[] bytes, int from, int end, String lowerCaseAscii) {
    if (end - from != lowerCaseAscii.length()) {
      return false;
    }
    for (int k = 0; k < lowerCaseAscii.length(); k++) {
      // ASCII letters only: setting bit 0x20 lower-cases them and cannot turn another byte into one of them.
      if ((bytes[from + k] | 0x20) != lowerCaseAscii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The blanks a CSV writer puts around a field; other control characters are not padding. */
  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }
}
