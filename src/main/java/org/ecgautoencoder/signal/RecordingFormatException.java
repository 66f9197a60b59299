package org.ecgautoencoder.signal;

import java.util.Objects;

/**
 * A recording's files are malformed or use something these readers do not support. The job turns it into
 * a per-record reject: {@link #reason()} is the short machine reason stored with the reject, the message
 * says which file, record, signal and field and what is wrong.
 */
public class RecordingFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a recording was refused; stable names, stored with rejects. */
  public enum Reason {
    /** A header line or field cannot be parsed or contradicts another. */
    BAD_HEADER,
    /** A signal file named in the header does not exist. */
    MISSING_SIGNAL_FILE,
    /** A signal file is shorter than the header's sample count needs. */
    TRUNCATED_SIGNAL_FILE,
    /** A signal file is longer than the header's sample count (plus packing padding) explains. */
    SIGNAL_FILE_LENGTH_MISMATCH,
    /** A WFDB signal format this reader does not decode. */
    UNSUPPORTED_SIGNAL_FORMAT,
    /** Multi-segment records, several samples per frame, skew, null signals, EDF+D, mixed rates. */
    UNSUPPORTED_LAYOUT,
    /** A signal's samples do not sum to the header's 16-bit checksum. */
    CHECKSUM_MISMATCH,
    /** A signal's first sample is not the header's initial value. */
    INITIAL_VALUE_MISMATCH,
    /** The record has no signal in a voltage unit (uV, mV, V), so nothing to use as an ECG lead. */
    NO_ECG_LEADS,
    /** An annotation file is truncated or holds an impossible sequence of words. */
    BAD_ANNOTATION_FILE,
    /** An EDF file's size is not its header's size plus records times record size. */
    EDF_LENGTH_MISMATCH
  }

  private final Reason reason;
  private final String fileName;

  public RecordingFormatException(Reason reason, String fileName, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
  }

  public Reason reason() {
    return reason;
  }

  /** The file at fault, as the caller named it (relative to the header's folder). */
  public String fileName() {
    return fileName;
  }
}
