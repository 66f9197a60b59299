package org.ecgautoencoder.eval;

import java.util.Arrays;

/**
 * Where in a record the report's strip goes: the stretch of {@link #SECONDS} holding the most misjudged beats,
 * centred on the first and last of them, inside the record.
 *
 * @param startSeconds and {@code endSeconds}: from the record's start
 */
record StripWindow(double startSeconds, double endSeconds) {
  /** About ten beats at a resting rate: enough to see the rhythm, few enough to see each beat's shape at 900 px. */
  static final double SECONDS = 10.0;

  /**
   * @param misjudgedSeconds the R-peak times of the record's misjudged beats, at least one
   * @param durationSeconds the record's length
   */
  static StripWindow around(double[] misjudgedSeconds, double durationSeconds) {
    if (misjudgedSeconds.length == 0) {
      throw new IllegalStateException("A strip is only placed around misjudged beats, but none were given");
    }
    double[] times = misjudgedSeconds.clone();
    Arrays.sort(times);
    int bestFirst = 0;
    int bestLast = 0;
    int last = 0;
    for (int first = 0; first < times.length; first++) {
      last = Math.max(last, first);
      while (last + 1 < times.length && times[last + 1] < times[first] + SECONDS) {
        last++;
      }
      if (last - first > bestLast - bestFirst) {
        bestFirst = first;
        bestLast = last;
      }
    }
    double centre = (times[bestFirst] + times[bestLast]) / 2;
    double start = Math.max(0, Math.min(centre - SECONDS / 2, durationSeconds - SECONDS));
    double end = Math.min(durationSeconds, start + SECONDS);
    return new StripWindow(start, end);
  }
}
