package org.ecgautoencoder.detect;

import java.util.Arrays;

/** The detected R peaks as they come, ascending: a growing int array, one per call of the detector. */
final class BeatIndexList {
  /** Room for about 15 minutes at 70 beats per minute before the first growth. */
  private static final int INITIAL_CAPACITY = 1024;

  private int[] indices = new int[INITIAL_CAPACITY];
  private int count;

  /** Appends {@code index} unless it is not after the last one (two detections on one R peak). */
  void addIfAfterLast(int index) {
    if (count > 0 && index <= indices[count - 1]) {
      return;
    }
    if (count == indices.length) {
      indices = Arrays.copyOf(indices, indices.length + (indices.length >> 1));
    }
    indices[count++] = index;
  }

  int[] toArray() {
    return Arrays.copyOf(indices, count);
  }
}
