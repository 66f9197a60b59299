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

  /** Subtracts, in place, the median of {@code beats}' first {@code samples} inputs from each of them. */
  static void subtract(List<float[]> beats, int samples) {
    if (beats.isEmpty()) {
      return;
    }
    float[] column = new float[beats.size()];
    float[] median = new float[samples];
    for (int k = 0; k < samples; k++) {
      for (int b = 0; b < column.length; b++) {
        column[b] = beats.get(b)[k];
      }
      Arrays.sort(column);
      int middle = column.length / 2;
      median[k] = column.length % 2 == 1 ? column[middle] : (column[middle - 1] + column[middle]) / 2;
    }
    for (float[] beat : beats) {
      for (int k = 0; k < samples; k++) {
        beat[k] -= median[k];
      }
    }
  }
}
