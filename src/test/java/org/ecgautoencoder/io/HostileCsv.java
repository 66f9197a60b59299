package org.ecgautoencoder.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates CSV files of 3 samples + label (the tests' {@code TestConfigs.csvInput} width) as a hostile source
 * would: valid rows in every decimal style next to Java-only syntax, every spelling of infinity and NaN, other
 * separators, quotes, NUL and other control bytes, non-UTF-8 bytes, byte-order marks (at the start and
 * elsewhere), huge fields, thousands of fields, random bytes, every line ending (\n, \r\n, a lone \r, none)
 * and files cut at any byte. Seeded: a failure names its seed and replays.
 */
final class HostileCsv {
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<String> BAD_FIELDS =
      List.of(
          "0x1p3", "0X1.8P1", "1d", "1f", "1D", "1F", "inf", "+inf", "-inf", "Infinity", "-Infinity", "nan", "NaN",
          "-NAN", "INF", "infinit", "", " ", "\"1.0\"", "'2'", "1\u0000", "\u0000", "1e", "e5", "--1", "1.2.3",
          "\u0663", "\uFEFF1", "1e999", "-1e400", "1e39", "-0", "1 2", "1\t", "\u00A01", "1_000", "0b101", "#N/A",
          "NULL", "null", "1e+", ".", "+", "-.", "1.#INF", "\u2212" + "1", "\\", "1\\n");
  private static final List<String> TERMINATORS = List.of("\n", "\n", "\n", "\r\n", "\r\n", "\r", "\r\r\n", "\n\n");

  private final Random random;

  HostileCsv(long seed) {
    this.random = new Random(seed);
  }

  /** One file's bytes: up to 40 lines, sometimes a byte-order mark first, sometimes cut at a random byte. */
  byte[] file() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      out.writeBytes(BOM);
    }
    int lines = random.nextInt(41);
    for (int i = 0; i < lines; i++) {
      out.writeBytes(line());
      if (i < lines - 1 || random.nextBoolean()) {
        out.writeBytes(ascii(TERMINATORS.get(random.nextInt(TERMINATORS.size()))));
      }
    }
    byte[] bytes = out.toByteArray();
    return random.nextInt(5) == 0 && bytes.length > 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
  }

  /** One line, without its end. */
  byte[] line() {
    int kind = random.nextInt(100);
    if (kind < 35) {
      return ascii(String.join(",", number(), number(), number(), number()));
    }
    if (kind < 70) {
      String[] fields = {number(), number(), number(), number()};
      fields[random.nextInt(4)] = BAD_FIELDS.get(random.nextInt(BAD_FIELDS.size()));
      return utf8(String.join(",", fields));
    }
    if (kind < 76) {
      String separator = List.of(";", "\t", "|", " ", ", ", ",,").get(random.nextInt(6));
      return ascii(String.join(separator, number(), number(), number(), number()));
    }
    if (kind < 80) {
      return ascii(List.of("", " ", "\t", " \t ", "\r").get(random.nextInt(5)));
    }
    if (kind < 86) {
      byte[] noise = new byte[random.nextInt(200)];
      random.nextBytes(noise);
      return noise;
    }
    if (kind < 90) {
      return withByte(ascii(String.join(",", number(), number(), number(), number())));
    }
    if (kind < 94) {
      return utf8(String.join(",", "\"" + number() + "\"", number(), number(), "\"1\""));
    }
    if (kind < 97) {
      return ascii(number() + "," + "9".repeat(random.nextInt(50_000, 300_000)) + "," + number() + ",1");
    }
    return ascii(String.join(",", java.util.Collections.nCopies(random.nextInt(5, 20_000), "0.5")));
  }

  /** A decimal in one of the styles writers use: integer, fixed, exponent, signs, padding, many digits. */
  String number() {
    String digits = Integer.toString(random.nextInt(100_000));
    String number =
        switch (random.nextInt(9)) {
          case 0 -> digits;
          case 1 -> "-" + digits + "." + random.nextInt(1000);
          case 2 -> "+" + digits + ".";
          case 3 -> "." + digits;
          case 4 -> digits + "e" + (random.nextInt(70) - 40);
          case 5 -> "-" + digits + "E+" + random.nextInt(30);
          case 6 -> "0." + "7".repeat(random.nextInt(10, 30));
          case 7 -> Float.toString((float) random.nextGaussian());
          default -> String.format(java.util.Locale.ROOT, "%.8f", random.nextGaussian());
        };
    return switch (random.nextInt(8)) {
      case 0 -> " " + number;
      case 1 -> number + "\t";
      default -> number;
    };
  }

  /** A control or non-ASCII byte put somewhere in the line. */
  private byte[] withByte(byte[] line) {
    byte[] bad = {0, 1, 0x1b, 0x7f, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xFE, '"', '\''};
    int at = random.nextInt(line.length + 1);
    byte[] result = new byte[line.length + 1];
    System.arraycopy(line, 0, result, 0, at);
    result[at] = bad[random.nextInt(bad.length)];
    System.arraycopy(line, at, result, at + 1, line.length - at);
    return result;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
