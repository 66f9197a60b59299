package org.ecgautoencoder.detect;

import java.util.Arrays;

/**
 * ANSI/AAMI EC57's beat-by-beat comparison: detections are matched one-to-one to reference beats no further
 * than a tolerance away (150 ms in EC57: {@code round(0.15 * fs)} samples), the nearest pairs first, so that a
 * detection between two beats goes to the closer one and two detections near one beat leave one unmatched.
 */
public final class BeatMatching {
  private BeatMatching() {}

  /**
   * Matches ascending {@code detected} to ascending {@code reference} sample indices. Pairs at equal distance
   * are taken in order of detection, then of reference beat.
   */
  public static BeatMatch match(int[] detected, int[] reference, int toleranceSamples) {
    requireAscending("detected", detected);
    requireAscending("reference", reference);
    if (toleranceSamples < 0) {
      throw new IllegalArgumentException("toleranceSamples must not be negative but was " + toleranceSamples);
    }
    CandidatePairs pairs = CandidatePairs.within(detected, reference, toleranceSamples);
    int[] referenceOfDetection = new int[detected.length];
    Arrays.fill(referenceOfDetection, BeatMatch.UNMATCHED);
    boolean[] referenceTaken = new boolean[reference.length];
    int matched = 0;
    for (long key : pairs.nearestFirst()) {
      int pair = (int) key;
      int d = pairs.detection(pair);
      int r = pairs.reference(pair);
      if (referenceOfDetection[d] == BeatMatch.UNMATCHED && !referenceTaken[r]) {
        referenceOfDetection[d] = r;
        referenceTaken[r] = true;
        matched++;
      }
    }
    return new BeatMatch(matched, reference.length - matched, detected.length - matched, referenceOfDetection);
  }

  private static void requireAscending(String name, int[] indices) {
    if (indices == null) {
      throw new IllegalArgumentException(name + " beats must be given, not null");
    }
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] < indices[i - 1]) {
        throw new IllegalArgumentException(
            name + " beats must be ascending but index " + i + " (" + indices[i] + ") is before "
                + indices[i - 1]);
      }
    }
  }

  /** Every (detection, reference) pair within the tolerance, found by one sweep over both sorted arrays. */
  private static final class CandidatePairs {
    private int[] detections = new int[16];
    private int[] references = new int[16];
    private long[] keys = new long[16];
    private int count;

    static CandidatePairs within(int[] detected, int[] reference, int tolerance) {
      CandidatePairs pairs = new CandidatePairs();
      int firstReference = 0;
      for (int d = 0; d < detected.length; d++) {
        long low = (long) detected[d] - tolerance;
        while (firstReference < reference.length && reference[firstReference] < low) {
          firstReference++;
        }
        for (int r = firstReference; r < reference.length && reference[r] <= (long) detected[d] + tolerance; r++) {
          pairs.add(d, r, Math.abs((long) detected[d] - reference[r]));
        }
      }
      return pairs;
    }

    private void add(int detection, int reference, long distance) {
      if (count == keys.length) {
        int grown = count * 2;
        detections = Arrays.copyOf(detections, grown);
        references = Arrays.copyOf(references, grown);
        keys = Arrays.copyOf(keys, grown);
      }
      detections[count] = detection;
      references[count] = reference;
      // Distance in the high bits, the pair's number (detection-major order) in the low 32: sorting the keys
      // orders by distance, then detection, then reference beat.
      keys[count] = (distance << 32) | count;
      count++;
    }

    long[] nearestFirst() {
      long[] sorted = Arrays.copyOf(keys, count);
      Arrays.sort(sorted);
      return sorted;
    }

    int detection(int pair) {
      return detections[pair];
    }

    int reference(int pair) {
      return references[pair];
    }
  }
}
