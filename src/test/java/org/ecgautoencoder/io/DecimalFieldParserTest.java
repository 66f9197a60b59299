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
            "1.5 ", "0x1p3")) {
      assertSameAsJava(text);
    }
  }

  @Test
  void nonNumbersAreRefused() {
    for (String text : List.of("", "-", ".", "abc", "1.2.3", "1,5", "--1", "1e", "٣")) {
      assertThatThrownBy(() -> parse(text)).as("'%s'", text).isInstanceOf(NumberFormatException.class);
    }
  }
}
