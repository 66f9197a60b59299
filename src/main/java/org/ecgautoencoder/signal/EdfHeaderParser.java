package org.ecgautoencoder.signal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;

/**
 * Parses EDF's fixed-width ASCII header. The per-signal part is stored field by field: all labels, then all
 * transducers, and so on, each field {@code width * signals} bytes.
 */
final class EdfHeaderParser {
  /** Bytes of the record part of the header, and of each signal's part. */
  static final int FIXED_BYTES = 256;

  private static final int[] SIGNAL_FIELD_WIDTHS = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
  private static final String[] SIGNAL_FIELD_NAMES = {
    "label", "transducer type", "physical dimension", "physical minimum", "physical maximum",
    "digital minimum", "digital maximum", "prefiltering", "number of samples in each data record", "reserved"
  };

  private final String fileName;
  private final byte[] bytes;

  private EdfHeaderParser(String fileName, byte[] bytes) {
    this.fileName = fileName;
    this.bytes = bytes;
  }

  /** The number of signals, from the first 256 bytes, so the caller knows how much header to read. */
  static int signalCount(String fileName, byte[] fixed) {
    EdfHeaderParser parser = new EdfHeaderParser(fileName, fixed);
    String version = parser.field(0, 8);
    if (!version.equals("0")) {
      throw parser.bad("version field (bytes 0-7) is '" + version + "', not '0': not an EDF file (BDF and others are not supported)");
    }
    int count = parser.intField(252, 4, "number of signals");
    if (count < 1) {
      throw parser.bad("number of signals (bytes 252-255) must be >= 1 but was " + count);
    }
    return count;
  }

  /** Parses the whole header: {@code 256 + 256 * signals} bytes. */
  static EdfHeader parse(String fileName, byte[] header) {
    return new EdfHeaderParser(fileName, header).parse();
  }

  private EdfHeader parse() {
    int count = signalCount(fileName, bytes);
    int headerBytes = intField(184, 8, "number of bytes in header record");
    if (headerBytes != FIXED_BYTES * (count + 1)) {
      throw bad("header says it is " + headerBytes + " bytes, but " + count + " signals make it "
          + FIXED_BYTES * (count + 1) + " (256 + 256 per signal)");
    }
    long records = longField(236, 8, "number of data records");
    String durationText = field(244, 8);
    double duration = doubleField(244, 8, "duration of a data record");
    if (!(duration > 0)) {
      throw bad("duration of a data record must be positive seconds but was '" + durationText + "'");
    }
    List<EdfSignalSpec> signals = new ArrayList<>();
    int[] fieldStarts = new int[SIGNAL_FIELD_WIDTHS.length];
    int start = FIXED_BYTES;
    for (int f = 0; f < SIGNAL_FIELD_WIDTHS.length; f++) {
      fieldStarts[f] = start;
      start += SIGNAL_FIELD_WIDTHS[f] * count;
    }
    for (int s = 0; s < count; s++) {
      String[] v = new String[SIGNAL_FIELD_WIDTHS.length];
      for (int f = 0; f < v.length; f++) {
        v[f] = field(fieldStarts[f] + s * SIGNAL_FIELD_WIDTHS[f], SIGNAL_FIELD_WIDTHS[f]);
      }
      try {
        signals.add(new EdfSignalSpec(
            v[0], v[1], v[2], signalDouble(v, 3, s), signalDouble(v, 4, s), signalInt(v, 5, s), signalInt(v, 6, s),
            v[7], signalInt(v, 8, s)));
      } catch (RecordingFormatException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw bad("signal " + s + " (" + v[0] + "): " + e.getMessage());
      }
    }
    return new EdfHeader(
        fileName, field(8, 80), field(88, 80), field(168, 8), field(176, 8), headerBytes, field(192, 44), records,
        durationText, duration, signals);
  }

  private double signalDouble(String[] values, int field, int signal) {
    try {
      return Double.parseDouble(values[field]);
    } catch (NumberFormatException e) {
      throw badSignalField(values, field, signal, "a number");
    }
  }

  private int signalInt(String[] values, int field, int signal) {
    try {
      return Integer.parseInt(values[field]);
    } catch (NumberFormatException e) {
      throw badSignalField(values, field, signal, "an integer");
    }
  }

  private RecordingFormatException badSignalField(String[] values, int field, int signal, String expected) {
    return bad("signal " + signal + " (" + values[0] + "): " + SIGNAL_FIELD_NAMES[field] + " '" + values[field]
        + "' is not " + expected);
  }

  private String field(int offset, int width) {
    return new String(bytes, offset, width, StandardCharsets.US_ASCII).strip();
  }

  private int intField(int offset, int width, String name) {
    try {
      return Integer.parseInt(field(offset, width));
    } catch (NumberFormatException e) {
      throw badField(offset, width, name, "an integer");
    }
  }

  private long longField(int offset, int width, String name) {
    try {
      return Long.parseLong(field(offset, width));
    } catch (NumberFormatException e) {
      throw badField(offset, width, name, "an integer");
    }
  }

  private double doubleField(int offset, int width, String name) {
    try {
      return Double.parseDouble(field(offset, width));
    } catch (NumberFormatException e) {
      throw badField(offset, width, name, "a number");
    }
  }

  private RecordingFormatException badField(int offset, int width, String name, String expected) {
    return bad(name + " (bytes " + offset + "-" + (offset + width - 1) + ") '" + field(offset, width) + "' is not " + expected);
  }

  private RecordingFormatException bad(String what) {
    return new RecordingFormatException(Reason.BAD_HEADER, fileName, "EDF header of " + fileName + ": " + what);
  }
}
