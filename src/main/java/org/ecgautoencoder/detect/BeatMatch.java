package org.ecgautoencoder.detect;

import java.util.Arrays;

/**
 * A beat-by-beat comparison of detections with reference beats (ANSI/AAMI EC57), from {@link BeatMatching}.
 *
 * @param truePositives detections matched one-to-one to a reference beat
 * @param falseNegatives reference beats no detection was matched to
 * @param falsePositives detections matched to no reference beat
 * @param referenceIndexOfDetection for each detection, in order, the index of its reference beat, or -1
 */
public record BeatMatch(
    int truePositives, int falseNegatives, int falsePositives, int[] referenceIndexOfDetection) {

  /** What {@link #referenceIndexOfDetection()} holds for a false positive. */
  public static final int UNMATCHED = -1;

  public BeatMatch {
    if (truePositives < 0 || falseNegatives < 0 || falsePositives < 0) {
      throw new IllegalArgumentException(
          "beat counts must not be negative but were TP " + truePositives + ", FN " + falseNegatives + ", FP "
              + falsePositives);
    }
    if (referenceIndexOfDetection == null
        || referenceIndexOfDetection.length != (long) truePositives + falsePositives) {
      throw new IllegalArgumentException(
          "referenceIndexOfDetection must have one entry per detection (TP + FP = "
              + ((long) truePositives + falsePositives) + ")");
    }
    long matched = Arrays.stream(referenceIndexOfDetection).filter(i -> i != UNMATCHED).count();
    if (matched != truePositives) {
      throw new IllegalArgumentException(
          "referenceIndexOfDetection matches " + matched + " detections but truePositives is " + truePositives);
    }
    referenceIndexOfDetection = referenceIndexOfDetection.clone();
  }

  /** Se = TP / (TP + FN); NaN without reference beats. */
  public double sensitivity() {
    return (double) truePositives / (truePositives + falseNegatives);
  }

  /** +P = TP / (TP + FP); NaN without detections. */
  public double positivePredictivity() {
    return (double) truePositives / (truePositives + falsePositives);
  }

  @Override
  public int[] referenceIndexOfDetection() {
    return referenceIndexOfDetection.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BeatMatch that
        && truePositives == that.truePositives
        && falseNegatives == that.falseNegatives
        && falsePositives == that.falsePositives
        && Arrays.equals(referenceIndexOfDetection, that.referenceIndexOfDetection);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * truePositives + falseNegatives) + falsePositives)
        + Arrays.hashCode(referenceIndexOfDetection);
  }

  @Override
  public String toString() {
    return "BeatMatch[TP=" + truePositives + ", FN=" + falseNegatives + ", FP=" + falsePositives + "]";
  }
}
