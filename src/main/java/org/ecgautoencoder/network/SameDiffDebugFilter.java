package org.ecgautoencoder.network;

import java.io.PrintStream;

/**
 * ND4J 1.0.0-M2.1 prints one "Added differentiated op NAME" line per operation to standard output when
 * SameDiff builds a gradient function (the sparse, contractive and variational types, once per network and
 * JVM). Jobs print results on standard output, so that debug output is dropped; every other line passes.
 */
public final class SameDiffDebugFilter extends PrintStream {
  private static final String DEBUG_PREFIX = "Added differentiated op ";

  private SameDiffDebugFilter(PrintStream target) {
    super(target, true);
  }

  /** Wraps System.out once per JVM; safe to call from every place that may build a SameDiff gradient. */
  public static synchronized void install() {
    if (!(System.out instanceof SameDiffDebugFilter)) {
      System.setOut(new SameDiffDebugFilter(System.out));
    }
  }

  @Override
  public void println(String line) {
    if (line == null || !line.startsWith(DEBUG_PREFIX)) {
      super.println(line);
    }
  }
}
