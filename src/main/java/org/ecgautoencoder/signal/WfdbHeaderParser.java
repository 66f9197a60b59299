package org.ecgautoencoder.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;

/** Parses the text of a WFDB header (header(5)): a record line, one line per signal, {@code #} comments. */
final class WfdbHeaderParser {
  /** header(5): the sampling frequency when the record line omits it. */
  static final double DEFAULT_FREQUENCY_HZ = 250.0;

  /** {@code freq[/counterfreq[(basecounter)]]}. */
  private static final Pattern FREQUENCY =
      Pattern.compile("([0-9.eE+-]+)(?:/([0-9.eE+-]+)(?:\\(([0-9.eE+-]+)\\))?)?");
  /** {@code format[xsamples][:skew][+offset]}. */
  private static final Pattern FORMAT = Pattern.compile("(\\d+)(?:x(\\d+))?(?::(\\d+))?(?:\\+(\\d+))?");
  /** {@code gain[(baseline)][/units]}. */
  private static final Pattern GAIN = Pattern.compile("([-+]?[0-9.]+(?:[eE][-+]?\\d+)?)(?:\\((-?\\d+)\\))?(?:/(.+))?");

  private final String headerFileName;
  private int lineNumber;
  private String line;

  private WfdbHeaderParser(String headerFileName) {
    this.headerFileName = headerFileName;
  }

  static WfdbHeader parse(String headerFileName, List<String> lines) {
    return new WfdbHeaderParser(headerFileName).parse(lines);
  }

  private WfdbHeader parse(List<String> lines) {
    List<String> comments = new ArrayList<>();
    List<WfdbSignalSpec> signals = new ArrayList<>();
    String[] recordFields = null;
    int signalCount = 0;
    for (int i = 0; i < lines.size(); i++) {
      lineNumber = i + 1;
      line = lines.get(i).strip();
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (recordFields == null) {
        recordFields = line.split("\\s+");
        signalCount = recordLineSignalCount(recordFields);
      } else if (signals.size() < signalCount) {
        signals.add(signalLine(signals.size()));
      } else {
        throw bad("has more signal lines than the " + signalCount + " its record line announces");
      }
    }
    if (recordFields == null) {
      throw new RecordingFormatException(
          Reason.BAD_HEADER, headerFileName, headerFileName + " has no record line: is it a WFDB header?");
    }
    if (signals.size() < signalCount) {
      throw new RecordingFormatException(
          Reason.BAD_HEADER,
          headerFileName,
          headerFileName + ": the record line announces " + signalCount + " signals but only " + signals.size()
              + " signal lines follow; the header is cut short");
    }
    return recordLine(recordFields, signals, comments);
  }

  private int recordLineSignalCount(String[] fields) {
    if (fields[0].contains("/")) {
      throw new RecordingFormatException(
          Reason.UNSUPPORTED_LAYOUT,
          headerFileName,
          headerFileName + " line " + lineNumber + ": record " + fields[0]
              + " is a multi-segment record; only single-segment records are supported");
    }
    if (fields.length < 2) {
      throw bad("record line '" + line + "' lacks the number of signals (expected 'name nsig [freq [nsamp ...]]')");
    }
    int count = parseInt(fields[1], "number of signals");
    if (count < 0) {
      throw bad("number of signals must be >= 0 but was " + count);
    }
    return count;
  }

  private WfdbHeader recordLine(String[] fields, List<WfdbSignalSpec> signals, List<String> comments) {
    double frequency = DEFAULT_FREQUENCY_HZ;
    double counterFrequency = 0;
    double baseCounter = 0;
    if (fields.length > 2) {
      Matcher m = FREQUENCY.matcher(fields[2]);
      if (!m.matches()) {
        throw badRecordLine("sampling frequency '" + fields[2] + "' is not 'freq[/counterfreq[(base)]]'");
      }
      frequency = parseDouble(m.group(1), "sampling frequency");
      counterFrequency = m.group(2) == null ? 0 : parseDouble(m.group(2), "counter frequency");
      baseCounter = m.group(3) == null ? 0 : parseDouble(m.group(3), "base counter value");
      if (!(frequency > 0)) {
        throw badRecordLine("sampling frequency must be positive but was " + fields[2]);
      }
    }
    long samples = 0;
    if (fields.length > 3) {
      try {
        samples = Long.parseLong(fields[3]);
      } catch (NumberFormatException e) {
        throw badRecordLine("number of samples '" + fields[3] + "' is not an integer");
      }
      if (samples < 0) {
        throw badRecordLine("number of samples must be >= 0 but was " + samples);
      }
    }
    String baseTime = fields.length > 4 ? fields[4] : "";
    String baseDate = fields.length > 5 ? fields[5] : "";
    return new WfdbHeader(
        headerFileName, fields[0], frequency, counterFrequency, baseCounter, samples, baseTime, baseDate,
        signals, comments);
  }

  private WfdbSignalSpec signalLine(int signal) {
    // The description is the rest of the line after eight fields and may hold spaces.
    String[] f = line.split("\\s+", 9);
    if (f.length < 2) {
      throw badSignal(signal, "lacks the format field (expected 'file format [gain ...]')");
    }
    String fileName = f[0];
    Matcher format = FORMAT.matcher(f[1]);
    if (!format.matches()) {
      throw badSignal(signal, "format '" + f[1] + "' is not 'format[xsamples][:skew][+offset]'");
    }
    int formatNumber = parseInt(format.group(1), "format");
    int samplesPerFrame = format.group(2) == null ? 1 : parseInt(format.group(2), "samples per frame");
    int skew = format.group(3) == null ? 0 : parseInt(format.group(3), "skew");
    long byteOffset = format.group(4) == null ? 0 : Long.parseLong(format.group(4));
    if (samplesPerFrame < 1) {
      throw badSignal(signal, "samples per frame must be >= 1 but was " + samplesPerFrame);
    }

    double gain = WfdbSignalSpec.DEFAULT_GAIN;
    Integer baseline = null;
    String units = "mV";
    if (f.length > 2) {
      Matcher m = GAIN.matcher(f[2]);
      if (!m.matches()) {
        throw badSignal(signal, "ADC gain '" + f[2] + "' is not 'gain[(baseline)][/units]'");
      }
      gain = parseDouble(m.group(1), "ADC gain");
      if (gain == 0) {
        gain = WfdbSignalSpec.DEFAULT_GAIN;
      }
      baseline = m.group(2) == null ? null : parseInt(m.group(2), "baseline");
      units = m.group(3) == null ? units : m.group(3);
    }
    int resolution = f.length > 3 ? parseInt(f[3], "ADC resolution") : 0;
    if (resolution == 0) {
      resolution = WfdbSignalSpec.defaultResolution(formatNumber);
    }
    if (resolution < 1 || resolution > 32) {
      throw badSignal(signal, "ADC resolution must be 1..32 bits but was " + resolution);
    }
    int adcZero = f.length > 4 ? parseInt(f[4], "ADC zero") : 0;
    OptionalInt initialValue = f.length > 5 ? OptionalInt.of(parseInt(f[5], "initial value")) : OptionalInt.empty();
    OptionalInt checksum = f.length > 6 ? OptionalInt.of(parseInt(f[6], "checksum")) : OptionalInt.empty();
    int blockSize = f.length > 7 ? parseInt(f[7], "block size") : 0;
    String description = f.length > 8 ? f[8].strip() : "signal " + signal;
    return new WfdbSignalSpec(
        fileName, formatNumber, samplesPerFrame, skew, byteOffset, gain, baseline == null ? adcZero : baseline,
        units, resolution, adcZero, initialValue, checksum, blockSize, description);
  }

  private int parseInt(String text, String field) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw bad("field " + field + " '" + text + "' is not an integer");
    }
  }

  private double parseDouble(String text, String field) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad("field " + field + " '" + text + "' is not a number");
    }
  }

  private RecordingFormatException badRecordLine(String what) {
    return bad("record line: " + what);
  }

  private RecordingFormatException badSignal(int signal, String what) {
    return bad("signal " + signal + ": " + what);
  }

  private RecordingFormatException bad(String what) {
    return new RecordingFormatException(
        Reason.BAD_HEADER, headerFileName, headerFileName + " line " + lineNumber + " ('" + line + "'): " + what);
  }
}
