package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

class DecimalFieldParserTest {
  private static double parse(String text) {
    byte[] bytes = ("x," + text + ",y").getBytes(StandardCharsets.US_ASCII);
    return DecimalFieldParser.parse(bytes, 2, 2 + text.length());
  }

  private static void assertSameAsJava(String text) {
    assertThat(Double.doubleToRawLongBits(parse(text)))
        .as("'%s'", text)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
  }

  @Test
  void everyEcg5000ValueParsesBitForBitAsJavaDoes() throws Exception {
    for (String line : Files.readAllLines(TestPaths.ecgCsv())) {
      for (String field : line.split(",")) {
        assertSameAsJava(field);
      }
    }
  }

  @Test
  void randomDecimalsOfEveryLengthParseBitForBitAsJavaDoes() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2_000_000; i++) {
      double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
      int digits = random.nextInt(1, 20);
      String text = new BigDecimal(value).round(new java.math.MathContext(digits)).toPlainString();
      assertSameAsJava(text);
      if (i % 10 == 0) {
        assertSameAsJava(Float.toString((float) value));
        assertSameAsJava(String.format(Locale.ROOT, "%.8f", value));
      }
    }
  }

  @Test
  void edgeCasesMatchJava() {
    for (String text :
        List.of("0", "-0", "-0.0", "+1.5", "1.", ".5", "-.5", "007.25", "123456789012345", "1234567890123456",
            "0.000000000000001", "999999999999999.9", "1e5", "-2.5E-3", "NaN", "Infinity", "-Infinity", " 1.5",
            "1.5 ", "\t1.5", "1.e5", ".5e-3", "+0", "1E+2")) {
      assertSameAsJava(text);
    }
  }

  @Test
  void javaOnlyNumberSyntaxIsRefused() {
    // Double.parseDouble takes these, a beat archive never means them: hex floats, type suffixes.
    for (String text :
        List.of("0x1p3", "0X1.8P1", "0x10", "1d", "1f", "1D", "1F", "1.5e3d", "-2f", "1_000", "1e5.5", "e5", ".e5")) {
      assertThatThrownBy(() -> parse(text)).as("'%s'", text).isInstanceOf(NumberFormatException.class);
    }
  }

  @Test
  void controlCharactersAroundANumberAreRefused() {
    // Java trims every character up to ' ' (NUL included); only spaces and tabs around a field are harmless.
    for (String text : List.of("1\u0000", "\u00001", "1\r", "\u000b1", "1\n")) {
      assertThatThrownBy(() -> parse(text)).as("'%s'", text).isInstanceOf(NumberFormatException.class);
    }
  }

  @Test
  void everyCommonSpellingOfInfinityAndNanIsNonFinite() {
    for (String text : List.of("inf", "+inf", "INF", "Inf", "infinity", "Infinity", "+Infinity", "INFINITY")) {
      assertThat(parse(text)).as("'%s'", text).isEqualTo(Double.POSITIVE_INFINITY);
    }
    for (String text : List.of("-inf", "-INF", "-Infinity", "-infinity")) {
      assertThat(parse(text)).as("'%s'", text).isEqualTo(Double.NEGATIVE_INFINITY);
    }
    for (String text : List.of("nan", "NaN", "NAN", "-nan", "+NaN", " nan ")) {
      assertThat(parse(text)).as("'%s'", text).isNaN();
    }
    for (String text : List.of("in", "infinit", "infinityy", "nana", "inf1", "1inf", "+-inf", "na", "NaN0")) {
      assertThatThrownBy(() -> parse(text)).as("'%s'", text).isInstanceOf(NumberFormatException.class);
    }
  }

  @Test
  void nonNumbersAreRefused() {
    for (String text : List.of("", "-", ".", "abc", "1.2.3", "1,5", "--1", "1e", "٣")) {
      assertThatThrownBy(() -> parse(text)).as("'%s'", text).isInstanceOf(NumberFormatException.class);
    }
  }
}
