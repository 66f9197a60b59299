package org.ecgautoencoder.bench.archive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Writes a beat sample as ASCII decimal with {@value #SIGNIFICANT_DIGITS} significant digits, trailing
 * zeros dropped and never in scientific notation: {@code -0.11252183}, {@code 7.4021031}, {@code -0.00012345},
 * {@code 2}, {@code 0}. Eight digits is what ecg.csv carries, so a generated row is as long as a real one.
 *
 * <p>Why not {@code Double.toString} or {@code String.format("%.8g")}: the first prints up to 17 digits and
 * exponents below 1e-3, the second is far too slow for 1.4 * 10^8 numbers (a 10^6-beat archive). Here the
 * common range costs one multiply and one rounding of a double; outside it BigDecimal gives the exact result.
 * Only integer arithmetic and IEEE multiplies are used, so the text is the same on every JVM.
 */
public final class SignificantDigitsFormatter {
  public static final int SIGNIFICANT_DIGITS = 8;

  /**
   * Longest text a double can produce: '-', "0.", 323 zeros before the first digit of the smallest
   * subnormal (4.9e-324), then 8 digits. Beat samples are never near that; the bound only sizes buffers.
   */
  public static final int MAX_LENGTH = 1 + 2 + 323 + SIGNIFICANT_DIGITS;

  private static final int MANTISSA_LIMIT = 100_000_000; // 10^digits
  private static final int[] TEN_TO_THE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

  // Inside [1e-30, 1e30) the scale 10^(7 - exponent) is a double within 0.5 ulp of the true power, which is
  // far below the 8th digit; outside, the slow exact path keeps the rule simple.
  private static final int FAST_MIN_EXPONENT = -30;
  private static final int FAST_MAX_EXPONENT = 29;
  private static final double[] POWERS_OF_TEN = powersOfTen(FAST_MAX_EXPONENT - FAST_MIN_EXPONENT + 10);
  private static final MathContext EIGHT_DIGITS = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

  private SignificantDigitsFormatter() {}

  /**
   * Writes {@code value} into {@code buffer} at {@code position}, which must have {@link #MAX_LENGTH} bytes
   * free, and returns the position after the last byte written.
   *
   * @throws IllegalArgumentException for NaN and infinities, which no CSV reader here accepts
   */
  public static int append(double value, byte[] buffer, int position) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Cannot write a beat sample: " + value + " is not finite");
    }
    if (value == 0) {
      buffer[position] = '0';
      return position + 1;
    }
    int at = position;
    double magnitude = value;
    if (magnitude < 0) {
      buffer[at++] = '-';
      magnitude = -magnitude;
    }
    int exponent = decimalExponent(magnitude);
    if (exponent < FAST_MIN_EXPONENT || exponent > FAST_MAX_EXPONENT) {
      return appendExact(magnitude, buffer, at);
    }
    int shift = SIGNIFICANT_DIGITS - 1 - exponent;
    double scaled = shift >= 0 ? magnitude * powerOfTen(shift) : magnitude / powerOfTen(-shift);
    int mantissa = (int) (scaled + 0.5); // scaled is below 10^8 + 1, so the sum is exact: round half up
    if (mantissa >= MANTISSA_LIMIT) { // 99999999.5 rounded up: one more integer digit
      mantissa /= 10;
      exponent++;
    }
    return appendDigits(mantissa, exponent, buffer, at);
  }

  /** The same text as a String, for tests and messages. */
  public static String format(double value) {
    byte[] buffer = new byte[MAX_LENGTH];
    int end = append(value, buffer, 0);
    return new String(buffer, 0, end, StandardCharsets.US_ASCII);
  }

  /** floor(log10(magnitude)) for a positive finite magnitude, from the binary exponent and one table check. */
  private static int decimalExponent(double magnitude) {
    int estimate = (int) Math.floor(Math.getExponent(magnitude) * 0.30102999566398120); // log10(2)
    if (estimate < FAST_MIN_EXPONENT - 1 || estimate > FAST_MAX_EXPONENT + 1) {
      return estimate; // only used to choose the exact path
    }
    return magnitude >= powerOfTen(estimate + 1) ? estimate + 1 : estimate;
  }

  /**
   * The 8 digits of {@code mantissa} (in [10^7, 10^8)) placed so the first has weight 10^exponent, then
   * trailing fraction zeros and a bare '.' dropped.
   */
  private static int appendDigits(int mantissa, int exponent, byte[] buffer, int position) {
    int at = position;
    if (exponent < 0) {
      buffer[at++] = '0';
      buffer[at++] = '.';
      for (int i = -1; i > exponent; i--) {
        buffer[at++] = '0';
      }
      at = writeDigits(mantissa, buffer, at, SIGNIFICANT_DIGITS);
      return dropTrailingFractionZeros(buffer, at);
    }
    if (exponent >= SIGNIFICANT_DIGITS - 1) { // an integer: every digit, then zeros up to the decimal point
      at = writeDigits(mantissa, buffer, at, SIGNIFICANT_DIGITS);
      for (int i = SIGNIFICANT_DIGITS - 1; i < exponent; i++) {
        buffer[at++] = '0';
      }
      return at;
    }
    int integerDigits = exponent + 1;
    int scale = TEN_TO_THE[SIGNIFICANT_DIGITS - integerDigits];
    at = writeDigits(mantissa / scale, buffer, at, integerDigits);
    buffer[at++] = '.';
    at = writeDigits(mantissa % scale, buffer, at, SIGNIFICANT_DIGITS - integerDigits);
    return dropTrailingFractionZeros(buffer, at);
  }

  /** Exactly {@code count} decimal digits of {@code value}, zero-padded on the left. */
  private static int writeDigits(int value, byte[] buffer, int position, int count) {
    int rest = value;
    for (int i = position + count - 1; i >= position; i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return position + count;
  }

  /** Only called on text with a '.', so the zeros dropped are fraction digits. */
  private static int dropTrailingFractionZeros(byte[] buffer, int end) {
    int at = end;
    while (buffer[at - 1] == '0') {
      at--;
    }
    return buffer[at - 1] == '.' ? at - 1 : at;
  }

  /** Magnitudes beyond 1e±30 (never seen in ECG data, possible in a user's file): exact decimal rounding. */
  private static int appendExact(double magnitude, byte[] buffer, int position) {
    String text = new BigDecimal(magnitude).round(EIGHT_DIGITS).stripTrailingZeros().toPlainString();
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, buffer, position, ascii.length);
    return position + ascii.length;
  }

  private static double powerOfTen(int exponent) {
    return POWERS_OF_TEN[exponent - FAST_MIN_EXPONENT + 1];
  }

  /** Correctly rounded 10^k for k from FAST_MIN_EXPONENT - 1 on, parsed rather than multiplied up. */
  private static double[] powersOfTen(int count) {
    double[] powers = new double[count];
    for (int i = 0; i < count; i++) {
      powers[i] = Double.parseDouble("1e" + (i + FAST_MIN_EXPONENT - 1));
    }
    return powers;
  }
}
