package org.ecgautoencoder.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;

/**
 * Reads MIT-format annotation files ({@code .atr}; annot(5)): 16-bit little-endian words, the code in the
 * top 6 bits and the time increment or a length in the low 10. Codes 59-63 are pseudo-annotations that
 * follow the annotation they modify: SKIP (a 32-bit increment follows, high 16-bit word first, each word
 * little-endian), NUM, SUB, CHN (set fields), AUX (a string of the low-10-bits length, padded to even). A
 * zero word ends the file. As in WFDB's getann, chan and num carry over to later annotations, subtype and
 * aux do not.
 */
public final class MitAnnotationReader {
  private static final int SKIP = 59;
  private static final int NUM = 60;
  private static final int SUB = 61;
  private static final int CHN = 62;
  private static final int AUX = 63;
  private static final int DATA_MASK = 0x3ff;

  private MitAnnotationReader() {}

  /**
   * Reads all annotations; the whole file is read at once, which is fine for annotation files (a 24 h record's
   * beats are about 0.5 MB).
   *
   * @param sourceName the file's name, for messages
   */
  public static List<Annotation> read(InputStream in, String sourceName) throws IOException {
    byte[] b = in.readAllBytes();
    List<Annotation> annotations = new ArrayList<>();
    long time = 0;
    int channel = 0;
    int number = 0;
    // The annotation being built: pseudo-annotations after it still change it.
    long sample = -1;
    int code = 0;
    int subtype = 0;
    String aux = null;
    int p = 0;
    boolean ended = false;
    while (p + 2 <= b.length) {
      int word = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
      int at = p;
      p += 2;
      if (word == 0) {
        ended = true;
        break;
      }
      int type = word >>> 10;
      int data = word & DATA_MASK;
      switch (type) {
        case SKIP:
          if (p + 4 > b.length) {
            throw bad(sourceName, "the SKIP word at byte " + at + " is not followed by its 4-byte interval");
          }
          int high = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
          int low = (b[p + 2] & 0xff) | ((b[p + 3] & 0xff) << 8);
          time += (high << 16) | low; // signed 32-bit, as WFDB reads it
          p += 4;
          break;
        case NUM:
          number = (byte) data;
          break;
        case SUB:
          subtype = (byte) data;
          break;
        case CHN:
          channel = data & 0xff;
          break;
        case AUX:
          if (p + data > b.length) {
            throw bad(sourceName, "the AUX word at byte " + at + " announces " + data + " bytes but only "
                + (b.length - p) + " remain");
          }
          aux = auxText(b, p, data);
          p += (data + 1) & ~1;
          break;
        default:
          if (sample >= 0) {
            annotations.add(new Annotation(sample, code, AnnotationCodes.symbol(code), subtype, channel, number, aux));
          }
          time += data;
          if (time < 0) {
            throw bad(sourceName, "the annotation at byte " + at + " lies before sample 0 (" + time + ")");
          }
          sample = time;
          code = type;
          subtype = 0;
          aux = null;
      }
    }
    if (!ended && p != b.length) {
      throw bad(sourceName, "the file ends inside a word (" + b.length + " bytes, an odd count)");
    }
    if (sample >= 0) {
      annotations.add(new Annotation(sample, code, AnnotationCodes.symbol(code), subtype, channel, number, aux));
    }
    return annotations;
  }

  /** The aux bytes up to the first NUL: WFDB stores them as a C string. */
  private static String auxText(byte[] b, int from, int length) {
    int end = from;
    while (end < from + length && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
  }

  private static RecordingFormatException bad(String sourceName, String what) {
    return new RecordingFormatException(Reason.BAD_ANNOTATION_FILE, sourceName, sourceName + ": " + what);
  }
}
