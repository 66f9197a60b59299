package org.ecgautoencoder.recording;

import java.io.Serializable;

/**
 * What one record's reading found, for the per-record summary table: its length, the beats detected, the
 * stretches no beat could be found in, and, where it has reference annotations, the ANSI/AAMI EC57 comparison
 * of the detections with them.
 *
 * @param referenceBeats reference beat annotations; -1 where the record has no annotation file
 * @param truePositives detections matched one to one with a reference beat within the tolerance
 * @param falseNegatives reference beats no detection matched (including those in unscorable stretches)
 * @param falsePositives detections that matched no reference beat
 */
public record RecordingSummary(
    String recordId,
    String sourceFile,
    String lead,
    double samplingFrequencyHz,
    double durationSeconds,
    long detectedBeats,
    double unscorableSeconds,
    int unscorableStretches,
    long referenceBeats,
    long truePositives,
    long falseNegatives,
    long falsePositives)
    implements Serializable {

  public boolean annotated() {
    return referenceBeats >= 0;
  }
}
