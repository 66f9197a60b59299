package org.ecgautoencoder.detect;

/**
 * Pan and Tompkins' two RR-interval averages, in samples: RR AVERAGE1 over the eight most recent intervals, and
 * RR AVERAGE2 over the eight most recent that fell within its limits (92% to 116% of RR AVERAGE2), which sets
 * the missed-beat limit and tells a regular rhythm from an irregular one.
 */
final class RrHistory {
  /** Pan and Tompkins average the eight most recent RR intervals. */
  static final int AVERAGED_INTERVALS = 8;

  /** Pan and Tompkins' RR LOW LIMIT: 92% of RR AVERAGE2. */
  static final double LOW_LIMIT = 0.92;

  /** Pan and Tompkins' RR HIGH LIMIT: 116% of RR AVERAGE2. */
  static final double HIGH_LIMIT = 1.16;

  /**
   * Before two beats have given an RR interval (the paper's learning phase 2), the average is taken as one second
   * (60 beats per minute), a resting rate.
   */
  static final double INITIAL_RR_SECONDS = 1.0;

  private final IntervalWindow recent = new IntervalWindow();
  private final IntervalWindow withinLimits = new IntervalWindow();
  private double average2;

  RrHistory(double samplingFrequencyHz) {
    average2 = INITIAL_RR_SECONDS * samplingFrequencyHz;
  }

  void add(int rrSamples) {
    recent.add(rrSamples);
    if (withinLimits.count() == 0 || isWithinLimits(rrSamples)) {
      withinLimits.add(rrSamples);
      average2 = withinLimits.mean();
    } else if (recent.count() == AVERAGED_INTERVALS && noneWithinLimits()) {
      // The rate has moved for good (none of the last eight fits the old average): not covered by the paper,
      // which would keep the stale average; start again from RR AVERAGE1.
      withinLimits.resetTo(recent);
      average2 = withinLimits.mean();
    }
  }

  /** RR AVERAGE2 in samples. */
  double average2() {
    return average2;
  }

  /** Regular while the eight most recent intervals all lie within the RR limits (or fewer than eight are known). */
  RhythmRegularity regularity() {
    for (int i = 0; i < recent.count(); i++) {
      if (!isWithinLimits(recent.get(i))) {
        return RhythmRegularity.IRREGULAR;
      }
    }
    return RhythmRegularity.REGULAR;
  }

  private boolean noneWithinLimits() {
    for (int i = 0; i < recent.count(); i++) {
      if (isWithinLimits(recent.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isWithinLimits(int rrSamples) {
    return rrSamples >= LOW_LIMIT * average2 && rrSamples <= HIGH_LIMIT * average2;
  }

  /** The last {@link #AVERAGED_INTERVALS} intervals. */
  private static final class IntervalWindow {
    private final int[] intervals = new int[AVERAGED_INTERVALS];
    private int count;
    private int next;
    private long sum;

    void add(int interval) {
      if (count == AVERAGED_INTERVALS) {
        sum -= intervals[next];
      } else {
        count++;
      }
      intervals[next] = interval;
      sum += interval;
      next = (next + 1) % AVERAGED_INTERVALS;
    }

    void resetTo(IntervalWindow other) {
      System.arraycopy(other.intervals, 0, intervals, 0, AVERAGED_INTERVALS);
      count = other.count;
      next = other.next;
      sum = other.sum;
    }

    int count() {
      return count;
    }

    int get(int i) {
      return intervals[i];
    }

    double mean() {
      return (double) sum / count;
    }
  }
}
