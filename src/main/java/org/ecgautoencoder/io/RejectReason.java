package org.ecgautoencoder.io;

/** Why a row could not be read as a beat. */
public enum RejectReason {
  BLANK_LINE,
  /** CSV: not as many fields as id + samples + label; Parquet: a beat array of the wrong length. */
  WRONG_FIELD_COUNT,
  NOT_A_NUMBER,
  NOT_FINITE,
  /** Parquet: a null beat, sample or label. */
  MISSING_VALUE,
  /** The id field or column is empty or null while input.id-field / input.parquet.id-column says there is one. */
  MISSING_ID,
  /** A CSV line longer than {@link LineScanner#MAX_LINE_BYTES}: most likely not a beat file at all. */
  LINE_TOO_LONG,
  // Recordings: a whole record is rejected (row_index -1).
  /** A signal file the header names is not there. */
  MISSING_SIGNAL_FILE,
  /** A signal file is shorter than its header says. */
  TRUNCATED_SIGNAL_FILE,
  /** A signal format the reader does not decode (the message names those it does). */
  UNSUPPORTED_SIGNAL_FORMAT,
  /** A signal file is longer than its header says. */
  SIGNAL_FILE_LENGTH_MISMATCH,
  /** A record layout the reader does not take (several samples per frame, multi-segment records, EDF+D). */
  UNSUPPORTED_LAYOUT,
  /** The header's checksum disagrees with the decoded samples. */
  CHECKSUM_MISMATCH,
  /** The header's initial value disagrees with the first decoded sample. */
  INITIAL_VALUE_MISMATCH,
  /** The record has no signal in units of voltage. */
  NO_ECG_LEADS,
  /** The header (WFDB .hea, EDF header) cannot be parsed. */
  BAD_HEADER,
  /** An EDF file's size disagrees with the data records its header announces. */
  EDF_LENGTH_MISMATCH,
  /** input.recording.lead names a lead the record does not have. */
  MISSING_LEAD,
  /** The reference annotation file exists but cannot be parsed. */
  BAD_ANNOTATION_FILE,
  /** Any other reason a recording cannot be read (the detail says which). */
  UNREADABLE_RECORDING
}
