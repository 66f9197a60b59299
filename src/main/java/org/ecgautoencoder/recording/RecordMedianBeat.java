package org.ecgautoencoder.recording;

import java.util.Arrays;
import java.util.List;

/**
 * input.recording.calibration = record-median-beat: the record's median beat, sample position by sample
 * position over all its beats, subtracted from each. A median, not a mean, so the record's ectopic beats
 * (a minority even in bigeminy-rich records) do not shift its usual beat.
 */
final class RecordMedianBeat {
  private RecordMedianBeat() {}

  /**
   * The record's spread below which it counts as flat (z-scored beats vary by about 1): no record's usual beats
   * agree that closely, so dividing by less would only magnify rounding.
   */
  private static final float MINIMUM_SPREAD = 1e-3f;

  /** Subtracts, in place, the median of {@code beats}' first {@code samples} inputs from each of them. */
  static void subtract(List<float[]> beats, int samples) {
    if (beats.isEmpty()) {
      return;
    }
    float[] median = medians(beats, samples);
    for (float[] beat : beats) {
      for (int k = 0; k < samples; k++) {
        beat[k] -= median[k];
      }
    }
  }

  /**
   * {@link #subtract}, then divides those inputs by the record's spread: the median over sample positions of each
   * position's median absolute deviation (from the median beat, now zero).
   */
  static void subtractAndScale(List<float[]> beats, int samples) {
    if (beats.isEmpty()) {
      return;
    }
    subtract(beats, samples);
    float[] column = new float[beats.size()];
    float[] deviations = new float[samples];
    for (int k = 0; k < samples; k++) {
      for (int b = 0; b < column.length; b++) {
        column[b] = Math.abs(beats.get(b)[k]);
      }
      deviations[k] = median(column);
    }
    float spread = Math.max(MINIMUM_SPREAD, median(deviations));
    for (float[] beat : beats) {
      for (int k = 0; k < samples; k++) {
        beat[k] /= spread;
      }
    }
  }

  private static float[] medians(List<float[]> beats, int samples) {
    float[] column = new float[beats.size()];
    float[] median = new float[samples];
    for (int k = 0; k < samples; k++) {
      for (int b = 0; b < column.length; b++) {
        column[b] = beats.get(b)[k];
      }
      median[k] = median(column);
    }
    return median;
  }

  /** The median of {@code values}, which it sorts. */
  private static float median(float[] values) {
    Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
