package org.ecgautoencoder.signal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The WFDB signal formats this package decodes (signal(5)): how many bytes hold how many samples, and how
 * to unpack them. Samples of all signals of one file are packed as one interleaved stream, so a 212 pair
 * may hold the last sample of one frame and the first of the next.
 */
enum WfdbSignalFormat {
  /** 8-bit first differences; the reader adds them to the header's initial value. */
  FORMAT_8(8, 1, 1),
  /** 16-bit two's complement, little-endian. */
  FORMAT_16(16, 2, 1),
  /** 24-bit two's complement, little-endian. */
  FORMAT_24(24, 3, 1),
  /** 32-bit two's complement, little-endian. */
  FORMAT_32(32, 4, 1),
  /** 16-bit two's complement, big-endian. */
  FORMAT_61(61, 2, 1),
  /** 8-bit offset binary: the byte minus 128. */
  FORMAT_80(80, 1, 1),
  /** 16-bit offset binary, little-endian: the unsigned value minus 32768. */
  FORMAT_160(160, 2, 1),
  /** Two 12-bit two's complement samples in three bytes. */
  FORMAT_212(212, 3, 2),
  /** Three 10-bit samples in two little-endian 16-bit words, bit 0 of each unused. */
  FORMAT_310(310, 4, 3),
  /** Three 10-bit samples in one little-endian 32-bit word, bits 30-31 unused. */
  FORMAT_311(311, 4, 3);

  final int number;
  /** A packing group: the fewest bytes that hold a whole number of samples. */
  final int groupBytes;
  final int groupSamples;

  WfdbSignalFormat(int number, int groupBytes, int groupSamples) {
    this.number = number;
    this.groupBytes = groupBytes;
    this.groupSamples = groupSamples;
  }

  static Optional<WfdbSignalFormat> of(int number) {
    return Arrays.stream(values()).filter(f -> f.number == number).findFirst();
  }

  static String supportedNumbers() {
    return Arrays.stream(values()).map(f -> Integer.toString(f.number)).collect(Collectors.joining(", "));
  }

  /** The bytes that hold {@code samples} samples: a last, partial group takes only the bytes its bits need. */
  long minBytes(long samples) {
    long whole = samples / groupSamples * groupBytes;
    int rest = (int) (samples % groupSamples);
    if (rest == 0) {
      return whole;
    }
    if (this == FORMAT_311 && rest == 2) {
      return whole + 3; // bits 0-19 of the 32-bit word
    }
    if (this == FORMAT_310 && rest == 2) {
      return whole + 4; // both words
    }
    return whole + 2; // 212, 310, 311 with one sample: its low 16 bits
  }

  /** {@link #minBytes} rounded up to whole groups: writers may pad the last group. */
  long maxBytes(long samples) {
    return (samples + groupSamples - 1) / groupSamples * groupBytes;
  }

  /** How many whole samples {@code bytes} bytes hold. */
  long samplesIn(long bytes) {
    long samples = bytes / groupBytes * groupSamples;
    int rest = (int) (bytes % groupBytes);
    if (groupSamples > 1 && rest >= 2) {
      samples += (this == FORMAT_311 && rest == 3) ? 2 : 1;
    }
    return samples;
  }

  /**
   * Decodes every sample whose bits lie in {@code bytes[0, length)} into {@code out}, returning how many.
   * {@code bytes[0]} must start a packing group.
   */
  int decode(byte[] bytes, int length, int[] out) {
    switch (this) {
      case FORMAT_8:
        for (int i = 0; i < length; i++) {
          out[i] = bytes[i];
        }
        return length;
      case FORMAT_80:
        for (int i = 0; i < length; i++) {
          out[i] = (bytes[i] & 0xff) - 128;
        }
        return length;
      case FORMAT_16:
        return decode16(bytes, length, out);
      case FORMAT_24:
        return decode24(bytes, length, out);
      case FORMAT_32:
        return decode32(bytes, length, out);
      case FORMAT_61:
        return decode61(bytes, length, out);
      case FORMAT_160:
        return decode160(bytes, length, out);
      case FORMAT_212:
        return decode212(bytes, length, out);
      case FORMAT_310:
        return decode310(bytes, length, out);
      case FORMAT_311:
        return decode311(bytes, length, out);
      default:
        throw new IllegalStateException("no decoder for format " + number);
    }
  }

  private static int decode16(byte[] b, int length, int[] out) {
    int n = length / 2;
    for (int i = 0, p = 0; i < n; i++, p += 2) {
      out[i] = (short) ((b[p] & 0xff) | (b[p + 1] << 8));
    }
    return n;
  }

  private static int decode24(byte[] b, int length, int[] out) {
    int n = length / 3;
    for (int i = 0, p = 0; i < n; i++, p += 3) {
      out[i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | (b[p + 2] << 16);
    }
    return n;
  }

  private static int decode32(byte[] b, int length, int[] out) {
    int n = length / 4;
    for (int i = 0, p = 0; i < n; i++, p += 4) {
      out[i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16) | (b[p + 3] << 24);
    }
    return n;
  }

  private static int decode61(byte[] b, int length, int[] out) {
    int n = length / 2;
    for (int i = 0, p = 0; i < n; i++, p += 2) {
      out[i] = (short) ((b[p] << 8) | (b[p + 1] & 0xff));
    }
    return n;
  }

  private static int decode160(byte[] b, int length, int[] out) {
    int n = length / 2;
    for (int i = 0, p = 0; i < n; i++, p += 2) {
      out[i] = ((b[p] & 0xff) | ((b[p + 1] & 0xff) << 8)) - 32768;
    }
    return n;
  }

  /** Sample 1: byte 0 and the low nibble of byte 1; sample 2: byte 2 and the high nibble of byte 1. */
  private static int decode212(byte[] b, int length, int[] out) {
    int n = 0;
    int p = 0;
    for (; p + 3 <= length; p += 3) {
      int middle = b[p + 1] & 0xff;
      out[n++] = signExtend((b[p] & 0xff) | ((middle & 0x0f) << 8), 12);
      out[n++] = signExtend((b[p + 2] & 0xff) | ((middle & 0xf0) << 4), 12);
    }
    if (length - p >= 2) {
      out[n++] = signExtend((b[p] & 0xff) | ((b[p + 1] & 0x0f) << 8), 12);
    }
    return n;
  }

  /**
   * Samples 1 and 2: bits 1-10 of the first and second 16-bit word; sample 3: the top 5 bits of the first
   * word (its low half) and of the second (its high half).
   */
  private static int decode310(byte[] b, int length, int[] out) {
    int n = 0;
    int p = 0;
    for (; p + 4 <= length; p += 4) {
      int w0 = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
      int w1 = (b[p + 2] & 0xff) | ((b[p + 3] & 0xff) << 8);
      out[n++] = signExtend((w0 >> 1) & 0x3ff, 10);
      out[n++] = signExtend((w1 >> 1) & 0x3ff, 10);
      out[n++] = signExtend((w0 >> 11) | ((w1 >> 11) << 5), 10);
    }
    if (length - p >= 2) {
      int w0 = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
      out[n++] = signExtend((w0 >> 1) & 0x3ff, 10);
    }
    return n;
  }

  /** Bits 0-9, 10-19 and 20-29 of a little-endian 32-bit word. */
  private static int decode311(byte[] b, int length, int[] out) {
    int n = 0;
    int p = 0;
    for (; p + 4 <= length; p += 4) {
      int w = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16) | ((b[p + 3] & 0xff) << 24);
      out[n++] = signExtend(w & 0x3ff, 10);
      out[n++] = signExtend((w >> 10) & 0x3ff, 10);
      out[n++] = signExtend((w >> 20) & 0x3ff, 10);
    }
    int rest = length - p;
    if (rest >= 2) {
      int w = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | (rest >= 3 ? (b[p + 2] & 0xff) << 16 : 0);
      out[n++] = signExtend(w & 0x3ff, 10);
      if (rest >= 3) {
        out[n++] = signExtend((w >> 10) & 0x3ff, 10);
      }
    }
    return n;
  }

  private static int signExtend(int value, int bits) {
    int shift = 32 - bits;
    return (value << shift) >> shift;
  }
}
