package org.ecgautoencoder.io;

/**
 * A rejected line's bytes as text that loses none of them: valid UTF-8 is kept as is, each byte that is not
 * part of a valid UTF-8 sequence becomes {@code \xNN} (two lower-case hex digits) and a backslash becomes
 * {@code \\}, so the line's exact bytes can be recovered from the rejects table. Decoding with Java's
 * {@code new String(bytes, UTF_8)} would turn every bad byte into U+FFFD, and a file read in the wrong
 * encoding (Latin-1, UTF-16) is exactly when the bytes are needed to see what went wrong.
 */
final class RawText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RawText() {}

  /** {@code bytes[from, to)} escaped, at most {@code maxChars} long; never cuts an escape or a character. */
  static String escape(byte[] bytes, int from, int to, int maxChars) {
    StringBuilder text = new StringBuilder(Math.min(to - from, maxChars));
    append(text, bytes, from, to, maxChars);
    return text.toString();
  }

  /** As {@link #escape}, ending in "..." when the bytes did not all fit in {@code maxChars}: for messages. */
  static String abbreviate(byte[] bytes, int from, int to, int maxChars) {
    StringBuilder text = new StringBuilder(Math.min(to - from, maxChars) + 3);
    if (append(text, bytes, from, to, maxChars) < to) {
      text.append("...");
    }
    return text.toString();
  }

  /** @return the index of the first byte not appended */
  private static int append(StringBuilder text, byte[] bytes, int from, int to, int maxChars) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      int length = validSequenceLength(bytes, i, to);
      if (length == 0) {
        if (text.length() + 4 > maxChars) {
          break;
        }
        text.append('\\').append('x').append(HEX[b >> 4]).append(HEX[b & 0xF]);
        i++;
      } else if (b == '\\') {
        if (text.length() + 2 > maxChars) {
          break;
        }
        text.append('\\').append('\\');
        i++;
      } else {
        int codePoint = decode(bytes, i, length);
        if (text.length() + Character.charCount(codePoint) > maxChars) {
          break;
        }
        text.appendCodePoint(codePoint);
        i += length;
      }
    }
    return i;
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code i} (Unicode 15, table 3-7: no overlong forms, no
   * surrogates, nothing above U+10FFFF), or 0 when there is none.
   */
  private static int validSequenceLength(byte[] bytes, int i, int to) {
    int b = bytes[i] & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    int length;
    int secondLow = 0x80;
    int secondHigh = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      secondLow = b == 0xE0 ? 0xA0 : 0x80;
      secondHigh = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      secondLow = b == 0xF0 ? 0x90 : 0x80;
      secondHigh = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (to - i < length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < secondLow || second > secondHigh) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private static int decode(byte[] bytes, int i, int length) {
    int b = bytes[i] & 0xFF;
    if (length == 1) {
      return b;
    }
    int codePoint = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
    }
    return codePoint;
  }
}
