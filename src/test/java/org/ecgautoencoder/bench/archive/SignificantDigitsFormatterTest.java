package org.ecgautoencoder.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignificantDigitsFormatterTest {
  private static final MathContext EIGHT_DIGITS_HALF_UP = new MathContext(8, RoundingMode.HALF_UP);

  @Test
  void writesEcgCsvStyleText() {
    assertThat(SignificantDigitsFormatter.format(7.4021031)).isEqualTo("7.4021031");
    assertThat(SignificantDigitsFormatter.format(-0.11252183)).isEqualTo("-0.11252183");
    assertThat(SignificantDigitsFormatter.format(-0.00012345)).isEqualTo("-0.00012345");
    assertThat(SignificantDigitsFormatter.format(-6.0685538e-05)).isEqualTo("-0.000060685538"); // ecg.csv: -6.0685538e-05
    assertThat(SignificantDigitsFormatter.format(-2.8272038)).isEqualTo("-2.8272038");
    assertThat(SignificantDigitsFormatter.format(0.5)).isEqualTo("0.5");
    assertThat(SignificantDigitsFormatter.format(0.1f)).isEqualTo("0.1"); // 0.100000001490116... as a float
  }

  @Test
  void zeroIntegersAndLargeValuesHaveNoExponentNorBareDecimalPoint() {
    assertThat(SignificantDigitsFormatter.format(0.0)).isEqualTo("0");
    assertThat(SignificantDigitsFormatter.format(-0.0)).isEqualTo("0");
    assertThat(SignificantDigitsFormatter.format(2)).isEqualTo("2");
    assertThat(SignificantDigitsFormatter.format(-10)).isEqualTo("-10");
    assertThat(SignificantDigitsFormatter.format(12345678)).isEqualTo("12345678");
    assertThat(SignificantDigitsFormatter.format(123456789)).isEqualTo("123456790"); // 8 digits, then zeros
    assertThat(SignificantDigitsFormatter.format(1.0e20)).isEqualTo("100000000000000000000");
    assertThat(SignificantDigitsFormatter.format(1.0e-10)).isEqualTo("0.0000000001");
  }

  @Test
  void roundsAtTheEighthDigitIncludingCarriesIntoANewDigit() {
    assertThat(SignificantDigitsFormatter.format(9.999999951)).isEqualTo("10");
    assertThat(SignificantDigitsFormatter.format(0.0999999996)).isEqualTo("0.1");
    assertThat(SignificantDigitsFormatter.format(-99999999.7)).isEqualTo("-100000000");
    assertThat(SignificantDigitsFormatter.format(1.23456789)).isEqualTo("1.2345679");
    assertThat(SignificantDigitsFormatter.format(1.23456784)).isEqualTo("1.2345678");
    assertThat(SignificantDigitsFormatter.format(1000.00004)).isEqualTo("1000");
  }

  @Test
  void extremeValuesTakeTheExactPathAndStillParse() {
    double[] extremes = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_VALUE, 3e-31, 2e30};
    for (double value : extremes) {
      String text = SignificantDigitsFormatter.format(value);
      assertThat(text).doesNotContain("e").doesNotContain("E");
      assertThat(text.length()).isLessThanOrEqualTo(SignificantDigitsFormatter.MAX_LENGTH);
      assertThat(Double.parseDouble(text)).isCloseTo(value, within(halfUnitInTheEighthDigit(value) * 1.000001));
    }
    assertThat(SignificantDigitsFormatter.format(Float.MIN_VALUE)).isEqualTo("0." + "0".repeat(44) + "14012985");
    assertThat(SignificantDigitsFormatter.format(-Double.MIN_VALUE))
        .hasSize(SignificantDigitsFormatter.MAX_LENGTH)
        .endsWith("49406565");
  }

  /**
   * Sample-like values and random bit patterns (every float exponent, subnormals): the text is BigDecimal's
   * exact 8-digit rounding, so it parses back to within half a unit of the 8th significant digit.
   */
  @Test
  void randomValuesEqualExactRoundingAndParseBackWithinEightDigits() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 120_000; i++) {
      double value = switch (i % 3) {
        case 0 -> random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12));
        case 1 -> (float) (random.nextGaussian() * 2); // what the generator writes: float32 sample + noise
        default -> Float.intBitsToFloat(random.nextInt());
      };
      if (!Double.isFinite(value) || value == 0) {
        continue;
      }
      String text = SignificantDigitsFormatter.format(value);
      assertThat(text).matches("-?[0-9]+(\\.[0-9]*[1-9])?");
      assertThat(text)
          .as("%s", new BigDecimal(value))
          .isEqualTo(new BigDecimal(value).round(EIGHT_DIGITS_HALF_UP).stripTrailingZeros().toPlainString());
      assertThat(Double.parseDouble(text)).isCloseTo(value, within(halfUnitInTheEighthDigit(value) * 1.000001));
    }
  }

  @Test
  void appendsAtThePositionGivenAndReturnsTheEnd() {
    byte[] buffer = new byte[3 + SignificantDigitsFormatter.MAX_LENGTH];
    buffer[0] = 'x';
    int end = SignificantDigitsFormatter.append(-1.5, buffer, 1);
    assertThat(new String(buffer, 0, end, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("x-1.5");
  }

  @Test
  void refusesNonFiniteValues() {
    assertThatThrownBy(() -> SignificantDigitsFormatter.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN is not finite");
    assertThatThrownBy(() -> SignificantDigitsFormatter.format(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity is not finite");
  }

  private static double halfUnitInTheEighthDigit(double value) {
    BigDecimal magnitude = new BigDecimal(Math.abs(value));
    int exponent = magnitude.precision() - magnitude.scale() - 1; // floor(log10(|value|))
    return 0.5 * Math.pow(10, exponent - 7);
  }
}
