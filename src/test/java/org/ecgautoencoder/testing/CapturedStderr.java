package org.ecgautoencoder.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** What a job prints to standard error: its usage and error messages, which the CLI tests check. */
public final class CapturedStderr {
  private CapturedStderr() {}

  /** Runs the action with System.err captured, restoring it afterwards, and returns what was printed. */
  public static String during(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString();
  }
}
