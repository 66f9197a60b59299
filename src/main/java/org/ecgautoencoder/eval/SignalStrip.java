package org.ecgautoencoder.eval;

import java.util.List;

/**
 * A few seconds of one record's detection lead, in mV, with the evaluated beats in them: what the report draws
 * for the records the threshold misjudged most.
 *
 * @param lead the lead the beats were found on and cut from
 * @param startSample the first sample's index in the record, at {@code samplingFrequencyHz}
 * @param millivolts the lead's samples from {@code startSample} on
 * @param beats the evaluated beats whose R-peak is inside the strip, in R-peak order
 * @param outcome the record's counts, for the strip's caption
 */
public record SignalStrip(
    String recordId, String lead, double samplingFrequencyHz, long startSample, float[] millivolts, List<Beat> beats,
    RecordOutcome outcome) {

  /**
   * @param rPeakSample the detected R-peak, at the record's sampling rate
   * @param referenceSymbol the reference annotation matched to it (N, V, A, ...), or null where none matched
   * @param flagged whether the model flagged the beat anomalous
   * @param misjudged flagged but of class N, or abnormal (SVEB, VEB, F) but not flagged
   */
  public record Beat(long rPeakSample, String referenceSymbol, boolean flagged, boolean misjudged) {}

  public double seconds(long sample) {
    return sample / samplingFrequencyHz;
  }

  /** The lead's value at {@code sample}, a sample inside the strip. */
  public float millivoltsAt(long sample) {
    return millivolts[Math.toIntExact(sample - startSample)];
  }

  public long misjudgedBeats() {
    return beats.stream().filter(Beat::misjudged).count();
  }
}
