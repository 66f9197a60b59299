package org.ecgautoencoder.signal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes tiny WFDB signal files in the tests: an encoder per format, independent of the reader's code paths. */
final class WfdbTestRecords {
  private WfdbTestRecords() {}

  /** Encodes interleaved samples (frame by frame) in {@code format}; a partial last group takes its minimal bytes. */
  static byte[] encode(int format, int[] interleaved) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = interleaved.length;
    switch (format) {
      case 16:
        for (int s : interleaved) {
          out.write(s & 0xff);
          out.write((s >> 8) & 0xff);
        }
        break;
      case 61:
        for (int s : interleaved) {
          out.write((s >> 8) & 0xff);
          out.write(s & 0xff);
        }
        break;
      case 160:
        for (int s : interleaved) {
          int u = s + 32768;
          out.write(u & 0xff);
          out.write((u >> 8) & 0xff);
        }
        break;
      case 80:
        for (int s : interleaved) {
          out.write(s + 128);
        }
        break;
      case 24:
        for (int s : interleaved) {
          out.write(s & 0xff);
          out.write((s >> 8) & 0xff);
          out.write((s >> 16) & 0xff);
        }
        break;
      case 212:
        for (int i = 0; i < n; i += 2) {
          int a = interleaved[i];
          int b = i + 1 < n ? interleaved[i + 1] : 0;
          out.write(a & 0xff);
          out.write(((a >> 8) & 0x0f) | (((b >> 8) & 0x0f) << 4));
          if (i + 1 < n) {
            out.write(b & 0xff);
          }
        }
        break;
      case 310:
        for (int i = 0; i < n; i += 3) {
          int a = interleaved[i];
          int b = i + 1 < n ? interleaved[i + 1] : 0;
          int c = i + 2 < n ? interleaved[i + 2] : 0;
          int w0 = ((a & 0x3ff) << 1) | ((c & 0x1f) << 11);
          int w1 = ((b & 0x3ff) << 1) | (((c >> 5) & 0x1f) << 11);
          out.write(w0 & 0xff);
          out.write((w0 >> 8) & 0xff);
          if (i + 1 < n) {
            out.write(w1 & 0xff);
            out.write((w1 >> 8) & 0xff);
          }
        }
        break;
      case 311:
        for (int i = 0; i < n; i += 3) {
          int left = n - i;
          int w = (interleaved[i] & 0x3ff)
              | (left > 1 ? (interleaved[i + 1] & 0x3ff) << 10 : 0)
              | (left > 2 ? (interleaved[i + 2] & 0x3ff) << 20 : 0);
          int bytes = left >= 3 ? 4 : left == 2 ? 3 : 2;
          for (int k = 0; k < bytes; k++) {
            out.write((w >> (8 * k)) & 0xff);
          }
        }
        break;
      default:
        throw new IllegalArgumentException("no test encoder for format " + format);
    }
    return out.toByteArray();
  }

  /** Frame-interleaves per-signal sample arrays of equal length. */
  static int[] interleave(int[]... signals) {
    int frames = signals[0].length;
    int[] out = new int[frames * signals.length];
    for (int f = 0; f < frames; f++) {
      for (int s = 0; s < signals.length; s++) {
        out[f * signals.length + s] = signals[s][f];
      }
    }
    return out;
  }

  /** A signal line with the true initial value and checksum of {@code samples}. */
  static String signalLine(String file, String format, String gain, int resolution, int adcZero, int[] samples,
      String description) {
    int sum = 0;
    for (int s : samples) {
      sum += s;
    }
    return file + " " + format + " " + gain + " " + resolution + " " + adcZero + " " + samples[0] + " " + (short) sum
        + " 0 " + description;
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
  }

  static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }
}
