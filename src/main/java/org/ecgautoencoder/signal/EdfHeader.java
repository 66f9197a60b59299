package org.ecgautoencoder.signal;

import java.util.List;
import java.util.Objects;

/**
 * A parsed EDF/EDF+ header (edfplus.info): 256 bytes of record fields, then 256 bytes per signal, all ASCII
 * fixed-width fields.
 *
 * @param fileName the EDF file's name, for messages
 * @param patient the local patient identification
 * @param recordingId the local recording identification
 * @param startDate {@code dd.mm.yy}
 * @param startTime {@code hh.mm.ss}
 * @param headerBytes bytes before the first data record: 256 + 256 * signals
 * @param reserved the reserved field: {@code EDF+C} or {@code EDF+D} for EDF+, usually blank for EDF
 * @param dataRecords the number of data records, -1 when the header leaves it unknown
 * @param recordDurationText the duration field as written, e.g. {@code 0.002778}
 * @param recordDurationSeconds its value
 * @param signals the signals, in file order
 */
public record EdfHeader(
    String fileName,
    String patient,
    String recordingId,
    String startDate,
    String startTime,
    int headerBytes,
    String reserved,
    long dataRecords,
    String recordDurationText,
    double recordDurationSeconds,
    List<EdfSignalSpec> signals) {

  public EdfHeader {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(recordingId, "recordingId");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(reserved, "reserved");
    Objects.requireNonNull(recordDurationText, "recordDurationText");
    signals = List.copyOf(signals);
    if (dataRecords < -1) {
      throw new IllegalArgumentException(fileName + ": number of data records must be -1 or >= 0 but was " + dataRecords);
    }
  }

  public boolean isEdfPlus() {
    return reserved.startsWith("EDF+");
  }

  /** EDF+D: data records with gaps between them, each stamped by the annotation signal. */
  public boolean isDiscontinuous() {
    return reserved.startsWith("EDF+D");
  }

  /** Bytes per data record: two per sample of every signal. */
  public long recordBytes() {
    long samples = 0;
    for (EdfSignalSpec s : signals) {
      samples += s.samplesPerRecord();
    }
    return 2 * samples;
  }

  /** Indexes into {@link #signals()} of the ECG leads (voltage signals other than annotations). */
  public int[] leadSignalIndexes() {
    return LeadSignals.indexes(signals, EdfSignalSpec::isLead);
  }

  public List<Lead> leads() {
    return LeadSignals.leads(signals, EdfSignalSpec::isLead, EdfSignalSpec::toLead);
  }

  /**
   * Samples per second of a signal with {@code samplesPerRecord} samples per record. The duration field has
   * 8 characters, so 1/360 s is written {@code 0.002778} (359.97 Hz taken literally): when a whole frequency
   * gives a duration that rounds to the same written digits, that whole frequency is what the writer meant.
   */
  public double samplingFrequencyHz(int samplesPerRecord) {
    double exact = samplesPerRecord / recordDurationSeconds;
    long whole = Math.round(exact);
    int dot = recordDurationText.indexOf('.');
    boolean plainDecimal = recordDurationText.matches("[0-9]*\\.?[0-9]*");
    if (whole > 0 && plainDecimal && dot >= 0) {
      int decimals = recordDurationText.length() - dot - 1;
      double halfLastDigit = 0.5 * Math.pow(10, -decimals);
      if (Math.abs(samplesPerRecord / (double) whole - recordDurationSeconds) <= halfLastDigit * (1 + 1e-9)) {
        return whole;
      }
    }
    return exact;
  }
}
