package org.ecgautoencoder.signal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a single-segment WFDB record (PhysioNet header(5), signal(5)): the header, then each signal file,
 * verifying every signal's initial value and 16-bit checksum given in the header. File sizes are checked
 * against the header before anything is decoded.
 *
 * <p>Supported: formats 8, 16, 24, 32, 61, 80, 160, 212, 310, 311; several signals per file; several files
 * per record; byte offsets. Refused with {@link RecordingFormatException}: multi-segment records, more than
 * one sample per frame (multi-frequency records), skew, null ({@code ~}) signals, other formats.
 */
public final class WfdbRecordReader {
  private static final Logger LOG = LoggerFactory.getLogger(WfdbRecordReader.class);

  /** Java arrays hold at most this many ints (the VM reserves a few header words). */
  private static final long MAX_SAMPLES_PER_SIGNAL = Integer.MAX_VALUE - 8;

  private WfdbRecordReader() {}

  /** Parses {@code headerFileName}; ISO-8859-1, so a stray non-ASCII byte in a comment cannot fail the read. */
  public static WfdbHeader readHeader(RecordingFiles files, String headerFileName) throws IOException {
    if (!files.exists(headerFileName)) {
      throw new RecordingFormatException(
          Reason.BAD_HEADER, headerFileName, "WFDB header " + files.describe(headerFileName) + " does not exist");
    }
    try (InputStream in = files.open(headerFileName);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
      return WfdbHeaderParser.parse(headerFileName, reader.lines().collect(Collectors.toList()));
    }
  }

  public static Recording read(RecordingFiles files, String headerFileName, int[] wantedLeads) throws IOException {
    return read(files, readHeader(files, headerFileName), wantedLeads);
  }

  /**
   * Decodes the record's signal files and keeps the samples of {@code wantedLeads} (indexes into
   * {@link WfdbHeader#leads()}, i.e. the voltage signals in file order).
   */
  public static Recording read(RecordingFiles files, WfdbHeader header, int[] wantedLeads) throws IOException {
    long started = System.nanoTime();
    List<WfdbSignalFile> signalFiles = signalFiles(header);
    int[] leadSignals = header.leadSignalIndexes();
    List<Lead> leads = header.leads();
    if (leads.isEmpty()) {
      throw new RecordingFormatException(
          Reason.NO_ECG_LEADS,
          header.headerFileName(),
          header.headerFileName() + ": no signal of record " + header.recordName()
              + " is in a voltage unit (uV, mV, V), so it has no ECG lead; units: "
              + header.signals().stream().map(WfdbSignalSpec::units).collect(Collectors.joining(", ")));
    }
    int[] kept = LeadSelection.checked(
        wantedLeads, leads.size(), header.recordName(), leads.stream().map(Lead::name).collect(Collectors.joining(", ")));

    int frames = checkedFrames(files, header, signalFiles);
    int[][] targetBySignal = new int[header.signals().size()][];
    int[][] digital = new int[kept.length][];
    for (int i = 0; i < kept.length; i++) {
      digital[i] = new int[frames];
      targetBySignal[leadSignals[kept[i]]] = digital[i];
    }
    for (WfdbSignalFile file : signalFiles) {
      decodeAndVerify(files, header, file, frames, targetBySignal);
    }
    LOG.debug(
        "Read record {}: {} signals x {} samples in {} files, kept leads {}, in {} ms",
        header.recordName(), header.signals().size(), frames, signalFiles.size(), kept,
        (System.nanoTime() - started) / 1_000_000);
    return new Recording(header.recordName(), header.samplingFrequencyHz(), frames, leads, kept, digital);
  }

  /** Groups the header's signals into files, refusing what this reader does not support. */
  static List<WfdbSignalFile> signalFiles(WfdbHeader header) {
    String hea = header.headerFileName();
    List<WfdbSignalFile> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<WfdbSignalSpec> signals = header.signals();
    for (int i = 0; i < signals.size(); i++) {
      WfdbSignalSpec s = signals.get(i);
      String where = hea + " signal " + i + " (" + s.description() + ")";
      WfdbSignalFormat format = WfdbSignalFormat.of(s.format()).orElseThrow(() -> new RecordingFormatException(
          Reason.UNSUPPORTED_SIGNAL_FORMAT, hea,
          "unsupported signal format " + s.format() + " in " + where + "; supported: "
              + WfdbSignalFormat.supportedNumbers()));
      if (s.samplesPerFrame() != 1) {
        throw unsupported(hea, where + " has " + s.samplesPerFrame()
            + " samples per frame (a multi-frequency record); only one sample per frame is supported");
      }
      if (s.skew() != 0) {
        throw unsupported(hea, where + " has skew " + s.skew() + "; only unskewed signals are supported");
      }
      if (s.fileName().equals("~") || s.fileName().equals("-")) {
        throw unsupported(hea, where + " has no signal file ('" + s.fileName() + "'); null and piped signals are not supported");
      }
      WfdbSignalFile last = files.isEmpty() ? null : files.get(files.size() - 1);
      if (last != null && last.fileName().equals(s.fileName())) {
        if (last.format() != format || last.byteOffset() != s.byteOffset()) {
          throw new RecordingFormatException(Reason.BAD_HEADER, hea,
              where + " shares " + s.fileName() + " with the signals before it but has format " + s.format() + "+"
                  + s.byteOffset() + " instead of " + last.format().number + "+" + last.byteOffset()
                  + "; signals of one file must share format and byte offset");
        }
        files.set(files.size() - 1, new WfdbSignalFile(
            last.fileName(), format, last.byteOffset(), last.firstSignal(), last.signalCount() + 1));
      } else {
        if (!seen.add(s.fileName())) {
          throw new RecordingFormatException(Reason.BAD_HEADER, hea,
              where + " is in " + s.fileName() + ", whose signals are not consecutive in the header");
        }
        files.add(new WfdbSignalFile(s.fileName(), format, s.byteOffset(), i, 1));
      }
    }
    return files;
  }

  /** Checks every signal file exists and has the size the header implies; returns samples per signal. */
  private static int checkedFrames(RecordingFiles files, WfdbHeader header, List<WfdbSignalFile> signalFiles)
      throws IOException {
    String hea = header.headerFileName();
    long frames = header.samplesPerSignal();
    boolean inferred = frames == 0;
    for (WfdbSignalFile file : signalFiles) {
      if (!files.exists(file.fileName())) {
        throw new RecordingFormatException(Reason.MISSING_SIGNAL_FILE, file.fileName(),
            "signal file " + files.describe(file.fileName()) + " named in " + hea + " (record " + header.recordName()
                + ", signal " + file.firstSignal() + ") does not exist");
      }
      long length = files.length(file.fileName());
      if (inferred) {
        // header(5): a missing sample count means "as many as the file holds"; the first file decides.
        frames = file.framesIn(length);
        inferred = false;
        LOG.info("{} gives no sample count; {} holds {} samples per signal", hea, file.fileName(), frames);
      }
      long min = file.minLength(frames);
      long max = file.maxLength(frames);
      if (length < min || length > max) {
        String expected = (file.byteOffset() > 0 ? file.byteOffset() + "-byte offset + " : "")
            + file.format().minBytes(frames * file.signalCount()) + " bytes";
        boolean shorter = length < min;
        throw new RecordingFormatException(
            shorter ? Reason.TRUNCATED_SIGNAL_FILE : Reason.SIGNAL_FILE_LENGTH_MISMATCH, file.fileName(),
            file.fileName() + (shorter ? " is truncated" : " is longer than its header says")
                + ": header " + hea + " says " + frames + " samples of " + file.signalCount() + " signal"
                + (file.signalCount() == 1 ? "" : "s") + " in format " + file.format().number + " (" + expected
                + ") but the file has " + length + " bytes" + (shorter ? "" : "; the header's sample count or format is wrong"));
      }
    }
    if (frames > MAX_SAMPLES_PER_SIGNAL) {
      throw unsupported(hea, hea + " says " + frames + " samples per signal, more than one Java array holds ("
          + MAX_SAMPLES_PER_SIGNAL + ")");
    }
    return (int) frames;
  }

  private static void decodeAndVerify(
      RecordingFiles files, WfdbHeader header, WfdbSignalFile file, int frames, int[][] targetBySignal)
      throws IOException {
    int n = file.signalCount();
    int[][] targets = new int[n][];
    int[] initialValues = new int[n];
    for (int k = 0; k < n; k++) {
      WfdbSignalSpec spec = header.signals().get(file.firstSignal() + k);
      targets[k] = targetBySignal[file.firstSignal() + k];
      initialValues[k] = spec.initialValue().orElse(spec.adcZero());
    }
    WfdbSignalFileDecoder.Totals totals;
    try (InputStream in = files.open(file.fileName())) {
      totals = WfdbSignalFileDecoder.decode(
          in, file, header.headerFileName(), frames, targets, initialValues, files.describe(file.fileName()));
    }
    for (int k = 0; k < n; k++) {
      int signal = file.firstSignal() + k;
      WfdbSignalSpec spec = header.signals().get(signal);
      String where = file.fileName() + " signal " + signal + " (" + spec.description() + ") of record "
          + header.recordName();
      // Format 8's initial value is the value before the first difference, not the first sample.
      if (frames > 0 && file.format() != WfdbSignalFormat.FORMAT_8 && spec.initialValue().isPresent()
          && spec.initialValue().getAsInt() != totals.firstSamples()[k]) {
        throw new RecordingFormatException(Reason.INITIAL_VALUE_MISMATCH, file.fileName(),
            "initial value mismatch in " + where + ": header " + header.headerFileName() + " says "
                + spec.initialValue().getAsInt() + ", the first sample is " + totals.firstSamples()[k]);
      }
      if (spec.checksum().isPresent() && (short) totals.sums()[k] != (short) spec.checksum().getAsInt()) {
        throw new RecordingFormatException(Reason.CHECKSUM_MISMATCH, file.fileName(),
            "checksum mismatch in " + where + ": header " + header.headerFileName() + " says "
                + spec.checksum().getAsInt() + ", the samples sum to " + (short) totals.sums()[k]
                + " (mod 2^16, signed); the signal file or the header is corrupt");
      }
    }
  }

  private static RecordingFormatException unsupported(String fileName, String message) {
    return new RecordingFormatException(Reason.UNSUPPORTED_LAYOUT, fileName, message);
  }
}
