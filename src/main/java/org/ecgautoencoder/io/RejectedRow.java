package org.ecgautoencoder.io;

import java.io.Serializable;

/**
 * A row that is not a valid beat, kept with everything needed to find and fix it.
 *
 * @param detail which field and what was wrong with it, e.g. "field 17: 'abc' is not a number"
 * @param rawText the line as read, truncated to {@link #MAX_RAW_TEXT_CHARS}; for CSV, its bytes escaped by
 *     {@link RawText} (invalid UTF-8 as {@code \xNN}, a backslash as {@code \\})
 */
public record RejectedRow(String sourceFile, long rowIndex, RejectReason reason, String detail, String rawText)
    implements Serializable {

  /** Long garbage lines (a binary file read by mistake) should not blow up the rejects table. */
  public static final int MAX_RAW_TEXT_CHARS = 10_000;

  public RejectedRow {
    if (rawText.length() > MAX_RAW_TEXT_CHARS) {
      rawText = rawText.substring(0, MAX_RAW_TEXT_CHARS);
    }
  }
}
