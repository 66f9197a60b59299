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
  LINE_TOO_LONG
}
