package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawTextTest {
  private static String escape(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    return RawText.escape(bytes, 0, bytes.length, 1000);
  }

  /** The inverse of the documented scheme, as a reader of the rejects table would write it. */
  private static byte[] unescape(String text) {
    return CsvLineOracle.unescape(text);
  }

  @Test
  void validUtf8IsKeptAndABackslashIsDoubled() {
    byte[] bytes = "1,é,€,𝄞,a\\b".getBytes(StandardCharsets.UTF_8);
    assertThat(RawText.escape(bytes, 0, bytes.length, 1000)).isEqualTo("1,é,€,𝄞,a\\\\b");
  }

  @Test
  void invalidBytesAreEscapedOneByOne() {
    assertThat(escape("31ff2cfe")).isEqualTo("1\\xff,\\xfe");
    assertThat(escape("e282")).as("a cut sequence").isEqualTo("\\xe2\\x82");
    assertThat(escape("c0af")).as("overlong '/'").isEqualTo("\\xc0\\xaf");
    assertThat(escape("eda080")).as("a surrogate").isEqualTo("\\xed\\xa0\\x80");
    assertThat(escape("f4908080")).as("above U+10FFFF").isEqualTo("\\xf4\\x90\\x80\\x80");
    assertThat(escape("80")).as("a lone continuation byte").isEqualTo("\\x80");
  }

  @Test
  void truncationNeverCutsAnEscapeOrACharacter() {
    byte[] bad = new byte[RejectedRow.MAX_RAW_TEXT_CHARS];
    Arrays.fill(bad, (byte) 0xFF);
    bad[0] = 'x';
    String text = RawText.escape(bad, 0, bad.length, 10);
    assertThat(text).isEqualTo("x\\xff\\xff");
    byte[] music = "a𝄞".getBytes(StandardCharsets.UTF_8);
    assertThat(RawText.escape(music, 0, music.length, 2)).isEqualTo("a");
  }

  @Test
  void randomBytesComeBackExactly() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      String text = RawText.escape(bytes, 0, bytes.length, 1000);
      assertThat(unescape(text)).as(HexFormat.of().formatHex(bytes)).isEqualTo(bytes);
      assertThat(text).doesNotContain("\uFFFD");
    }
  }
}
