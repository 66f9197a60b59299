package org.ecgautoencoder.io;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An input file that cannot be read as what its name says (a truncated or corrupt gzip file, a file named
 * .gz that is not gzip): the caller's bad input, so an IllegalArgumentException, with a message that names
 * the file and how far it was read. Thrown inside reading tasks, where Spark wraps it (task failure, job
 * abort) on its way to the driver; {@link #foundIn} finds it again there, so the job can report it in one line
 * instead of as a crash.
 */
public final class UnreadableInputException extends IllegalArgumentException {
  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first UnreadableInputException in {@code failure}'s chain of causes, itself included. */
  public static Optional<UnreadableInputException> foundIn(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>(); // a cause chain may loop
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof UnreadableInputException unreadable) {
        return Optional.of(unreadable);
      }
    }
    return Optional.empty();
  }
}
