package org.ecgautoencoder.io;

/** Why a row could not be read as a beat. */
public enum RejectReason {
  BLANK_LINE,
  WRONG_FIELD_COUNT,
  NOT_A_NUMBER,
  NOT_FINITE
}
