package org.ecgautoencoder.bench.archive;

/**
 * The optional record id of a synthetic archive: {@code beat-} and the global record index zero-padded to
 * twelve digits ({@code beat-000000000123}), unique across the archive and sorting in record order.
 */
final class RecordId {
  static final String PREFIX = "beat-";
  static final int DIGITS = 12;
  /** Twelve digits are enough for every index below this, so ids keep one length and sort as text. */
  static final long MAX_RECORDS = 1_000_000_000_000L;
  static final int LENGTH = PREFIX.length() + DIGITS;

  private RecordId() {}

  static String of(long recordIndex) {
    byte[] text = new byte[LENGTH];
    append(recordIndex, text, 0);
    return new String(text, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Writes the id at {@code position} and returns the position after it. */
  static int append(long recordIndex, byte[] buffer, int position) {
    for (int i = 0; i < PREFIX.length(); i++) {
      buffer[position + i] = (byte) PREFIX.charAt(i);
    }
    long rest = recordIndex;
    for (int i = position + LENGTH - 1; i >= position + PREFIX.length(); i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return position + LENGTH;
  }
}
