package org.ecgautoencoder.recording;

/**
 * Each beat's timing: the RR intervals before and after it and the local mean RR interval it is measured
 * against. Premature beats (atrial A, ventricular V) come early after a normal rhythm and are followed by a
 * longer pause, so their previous RR over the local mean is small and the next one large, whatever their shape.
 *
 * <p>An interval is missing (NaN) at a record's first and last beat and where it spans an unscorable stretch
 * (the beats on either side of a lead-off are not neighbours). The local mean is the mean of the last
 * input.recording.local-rr-beats intervals before the beat's own previous one (fewer at the start of a record);
 * it excludes that interval so a premature beat does not lower its own reference. Where no interval precedes it
 * (the first two beats of a record or after a break), the beat's own next, else previous, interval stands in.
 */
final class RhythmFeatures {
  /** What a rhythm ratio reads as when it cannot be measured: the beat is on time. */
  static final float NEUTRAL_RATIO = 1f;

  private final double[] previousSeconds;
  private final double[] nextSeconds;
  private final double[] localMeanSeconds;

  private RhythmFeatures(double[] previousSeconds, double[] nextSeconds, double[] localMeanSeconds) {
    this.previousSeconds = previousSeconds;
    this.nextSeconds = nextSeconds;
    this.localMeanSeconds = localMeanSeconds;
  }

  /**
   * @param rPeaks ascending sample indexes
   * @param brokenBefore brokenBefore[i]: the interval from beat i-1 to beat i spans an unscorable stretch
   */
  static RhythmFeatures of(int[] rPeaks, boolean[] brokenBefore, double samplingFrequencyHz, int localRrBeats) {
    int n = rPeaks.length;
    double[] previous = new double[n];
    double[] next = new double[n];
    double[] local = new double[n];
    for (int i = 0; i < n; i++) {
      previous[i] = i == 0 || brokenBefore[i] ? Double.NaN : (rPeaks[i] - rPeaks[i - 1]) / samplingFrequencyHz;
    }
    for (int i = 0; i < n; i++) {
      next[i] = i + 1 < n ? previous[i + 1] : Double.NaN;
    }
    // A running window over the intervals before each beat's previous one, restarted at a broken interval.
    double sum = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      local[i] = count == 0 ? Double.NaN : sum / count;
      if (Double.isNaN(previous[i])) {
        sum = 0;
        count = 0;
        continue;
      }
      sum += previous[i];
      count++;
      if (count > localRrBeats) {
        sum -= previous[i - localRrBeats];
        count--;
      }
    }
    return new RhythmFeatures(previous, next, local);
  }

  double previousSeconds(int beat) {
    return previousSeconds[beat];
  }

  double nextSeconds(int beat) {
    return nextSeconds[beat];
  }

  /** The local mean RR; where none is known yet, the beat's own neighbours stand in for it. */
  double localMeanSeconds(int beat) {
    double local = localMeanSeconds[beat];
    if (!Double.isNaN(local)) {
      return local;
    }
    return !Double.isNaN(nextSeconds[beat]) ? nextSeconds[beat] : previousSeconds[beat];
  }

  /**
   * Writes the beat's rhythm inputs, each {@code weight} times: previous RR over the local mean, next RR over the
   * local mean, previous over next; {@link #NEUTRAL_RATIO} where an interval is missing.
   */
  void write(int beat, float[] out, int offset, int weight) {
    double local = localMeanSeconds(beat);
    float[] features = {
      ratio(previousSeconds[beat], local), ratio(nextSeconds[beat], local), ratio(previousSeconds[beat], nextSeconds[beat])
    };
    int k = offset;
    for (float feature : features) {
      for (int w = 0; w < weight; w++) {
        out[k++] = feature;
      }
    }
  }

  private static float ratio(double numerator, double denominator) {
    return Double.isNaN(numerator) || Double.isNaN(denominator) || denominator <= 0
        ? NEUTRAL_RATIO
        : (float) (numerator / denominator);
  }
}
