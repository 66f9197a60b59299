package org.ecgautoencoder.recording;

/**
 * A recording that cannot be read: its files, header, signals or annotations are bad, or it lacks the lead asked
 * for. The reader rejects the whole record with {@link #reason()} (a rejects-table reason) and the message, which
 * names the file, the record and the field.
 */
public final class UnreadableRecordingException extends IllegalArgumentException {
  private final String reason;

  UnreadableRecordingException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
