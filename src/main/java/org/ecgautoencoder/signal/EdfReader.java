package org.ecgautoencoder.signal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads EDF and EDF+C files (edfplus.info): 16-bit little-endian two's complement samples in data records of
 * any duration and any samples per record (the shared MIT-BIH conversions hold one sample per record, 650,000
 * records: the data is read in large chunks of whole records). The file size must equal the header's size
 * plus records times record size. EDF+ annotation signals and non-voltage signals are skipped; the ECG leads
 * must share one sampling rate. EDF+D (discontinuous) is refused.
 */
public final class EdfReader {
  private static final Logger LOG = LoggerFactory.getLogger(EdfReader.class);

  /** Bytes per read, rounded down to whole records (at least one). */
  static final int CHUNK_BYTES = 1 << 17;

  private EdfReader() {}

  public static EdfHeader readHeader(RecordingFiles files, String edfFileName) throws IOException {
    if (!files.exists(edfFileName)) {
      throw new RecordingFormatException(
          Reason.MISSING_SIGNAL_FILE, edfFileName, "EDF file " + files.describe(edfFileName) + " does not exist");
    }
    try (InputStream in = files.open(edfFileName)) {
      return readHeader(in, edfFileName);
    }
  }

  private static EdfHeader readHeader(InputStream in, String edfFileName) throws IOException {
    byte[] fixed = in.readNBytes(EdfHeaderParser.FIXED_BYTES);
    if (fixed.length < EdfHeaderParser.FIXED_BYTES) {
      throw new RecordingFormatException(Reason.BAD_HEADER, edfFileName,
          edfFileName + " has " + fixed.length + " bytes, fewer than an EDF header's first 256");
    }
    int signals = EdfHeaderParser.signalCount(edfFileName, fixed);
    byte[] header = new byte[EdfHeaderParser.FIXED_BYTES * (signals + 1)];
    System.arraycopy(fixed, 0, header, 0, fixed.length);
    int got = in.readNBytes(header, fixed.length, header.length - fixed.length);
    if (got < header.length - fixed.length) {
      throw new RecordingFormatException(Reason.BAD_HEADER, edfFileName, edfFileName + " ends inside its header: "
          + signals + " signals need " + header.length + " header bytes, the file has " + (fixed.length + got));
    }
    return EdfHeaderParser.parse(edfFileName, header);
  }

  public static Recording read(RecordingFiles files, String edfFileName, int[] wantedLeads) throws IOException {
    return read(files, readHeader(files, edfFileName), wantedLeads);
  }

  /** Decodes the data records and keeps {@code wantedLeads} (indexes into {@link EdfHeader#leads()}). */
  public static Recording read(RecordingFiles files, EdfHeader header, int[] wantedLeads) throws IOException {
    long started = System.nanoTime();
    String name = header.fileName();
    if (header.isDiscontinuous()) {
      throw new RecordingFormatException(Reason.UNSUPPORTED_LAYOUT, name,
          name + " is EDF+D (discontinuous: data records with gaps); only continuous EDF and EDF+C are supported");
    }
    int[] leadSignals = header.leadSignalIndexes();
    List<Lead> leads = header.leads();
    if (leads.isEmpty()) {
      throw new RecordingFormatException(Reason.NO_ECG_LEADS, name, name + " has no signal in a voltage unit (uV, mV, V)"
          + " besides annotations; physical dimensions: "
          + header.signals().stream().map(s -> "'" + s.physicalDimension() + "'").collect(Collectors.joining(", ")));
    }
    int samplesPerRecord = header.signals().get(leadSignals[0]).samplesPerRecord();
    for (int index : leadSignals) {
      EdfSignalSpec s = header.signals().get(index);
      if (s.samplesPerRecord() != samplesPerRecord) {
        throw new RecordingFormatException(Reason.UNSUPPORTED_LAYOUT, name, name + ": lead " + s.label() + " has "
            + s.samplesPerRecord() + " samples per record but lead " + leads.get(0).name() + " has " + samplesPerRecord
            + "; leads with different sampling rates are not supported");
      }
    }
    int[] kept = LeadSelection.checked(wantedLeads, leads.size(), recordName(name),
        leads.stream().map(Lead::name).collect(Collectors.joining(", ")));
    long records = checkedRecords(files, header);
    long samples = records * samplesPerRecord;
    if (samples > Integer.MAX_VALUE - 8) {
      throw new RecordingFormatException(Reason.UNSUPPORTED_LAYOUT, name,
          name + " holds " + samples + " samples per lead, more than one Java array holds");
    }
    int[][] targetBySignal = new int[header.signals().size()][];
    int[][] digital = new int[kept.length][];
    for (int i = 0; i < kept.length; i++) {
      digital[i] = new int[(int) samples];
      targetBySignal[leadSignals[kept[i]]] = digital[i];
    }
    try (InputStream in = files.open(name)) {
      in.skipNBytes(header.headerBytes());
      decodeRecords(in, header, records, targetBySignal, files.describe(name));
    }
    LOG.debug("Read {}: {} records of {} signals, kept leads {}, in {} ms", name, records, header.signals().size(),
        kept, (System.nanoTime() - started) / 1_000_000);
    return new Recording(recordName(name), header.samplingFrequencyHz(samplesPerRecord), samples, leads, kept, digital);
  }

  /** The file size must be header + records x record bytes; -1 records means "count them from the size". */
  private static long checkedRecords(RecordingFiles files, EdfHeader header) throws IOException {
    String name = header.fileName();
    long length = files.length(name);
    long recordBytes = header.recordBytes();
    long dataBytes = length - header.headerBytes();
    if (header.dataRecords() == -1) {
      if (dataBytes < 0 || dataBytes % recordBytes != 0) {
        throw new RecordingFormatException(Reason.EDF_LENGTH_MISMATCH, name, name + " has " + length
            + " bytes: after its " + header.headerBytes() + "-byte header that is not a whole number of "
            + recordBytes + "-byte data records (the header leaves the record count unknown, -1)");
      }
      return dataBytes / recordBytes;
    }
    long expected = header.headerBytes() + header.dataRecords() * recordBytes;
    if (length != expected) {
      throw new RecordingFormatException(Reason.EDF_LENGTH_MISMATCH, name, name + "'s header lies about its length: it says "
          + header.dataRecords() + " data records of " + recordBytes + " bytes after a " + header.headerBytes()
          + "-byte header (" + expected + " bytes) but the file has " + length + " bytes"
          + (length < expected ? "; the file is truncated" : "; the file has extra bytes or the record count is wrong"));
    }
    return header.dataRecords();
  }

  private static void decodeRecords(InputStream in, EdfHeader header, long records, int[][] targets, String describe)
      throws IOException {
    List<EdfSignalSpec> signals = header.signals();
    int recordBytes = (int) header.recordBytes();
    int recordsPerChunk = Math.max(1, CHUNK_BYTES / recordBytes);
    byte[] chunk = new byte[recordsPerChunk * recordBytes];
    int[] perRecord = signals.stream().mapToInt(EdfSignalSpec::samplesPerRecord).toArray();
    int[] written = new int[signals.size()];
    long left = records;
    while (left > 0) {
      int n = (int) Math.min(recordsPerChunk, left);
      int want = n * recordBytes;
      if (in.readNBytes(chunk, 0, want) < want) {
        throw new RecordingFormatException(Reason.EDF_LENGTH_MISMATCH, header.fileName(), describe
            + " ended early while reading, though its length matched the header when the read began");
      }
      int p = 0;
      for (int r = 0; r < n; r++) {
        for (int s = 0; s < perRecord.length; s++) {
          int count = perRecord[s];
          int[] target = targets[s];
          if (target != null) {
            int w = written[s];
            for (int k = 0; k < count; k++, p += 2) {
              target[w + k] = (short) ((chunk[p] & 0xff) | (chunk[p + 1] << 8));
            }
            written[s] = w + count;
          } else {
            p += 2 * count;
          }
        }
      }
      left -= n;
    }
  }

  /** The file name without its extension, as the record's name. */
  static String recordName(String edfFileName) {
    String base = edfFileName.substring(edfFileName.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
