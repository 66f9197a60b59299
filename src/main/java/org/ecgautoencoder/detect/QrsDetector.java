package org.ecgautoencoder.detect;

/** Finds the R peaks of the QRS complexes in one ECG lead. */
public interface QrsDetector {

  /** The R-peak sample indices of the whole signal, ascending, without duplicates. */
  default int[] detect(float[] signalMillivolts) {
    return detect(signalMillivolts, 0, signalMillivolts.length);
  }

  /**
   * The R-peak sample indices in {@code [from, to)} of the signal (indices into the whole array), ascending,
   * without duplicates. The samples must be finite.
   */
  int[] detect(float[] signalMillivolts, int from, int to);
}
