package org.ecgautoencoder.io;

import java.io.Serializable;

/** The outcome of parsing one line: exactly one of {@code beat} and {@code rejected} is set. */
public record ParsedRow(BeatRecord beat, RejectedRow rejected) implements Serializable {
  public static ParsedRow valid(BeatRecord beat) {
    return new ParsedRow(beat, null);
  }

  public static ParsedRow rejected(RejectedRow rejected) {
    return new ParsedRow(null, rejected);
  }

  public boolean isValid() {
    return beat != null;
  }
}
