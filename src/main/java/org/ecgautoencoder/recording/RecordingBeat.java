package org.ecgautoencoder.recording;

/**
 * One beat found in a recording, with what the per-beat table keeps of it.
 *
 * @param beatIndex 0-based, in R-peak order over the record
 * @param rPeakSample the R-peak's sample index at the record's own rate
 * @param rrPreviousSeconds NaN where unknown (first beat, or across an unscorable stretch)
 * @param rrNextSeconds NaN where unknown
 * @param referenceSymbol the matched reference annotation's symbol; null where none matches (or no annotations)
 * @param referenceClass its AAMI class; null where none matches
 * @param inputs the model's inputs: the resampled, normalised beat, then its rhythm inputs if configured
 */
public record RecordingBeat(
    long beatIndex,
    long rPeakSample,
    double rPeakSeconds,
    double rrPreviousSeconds,
    double rrNextSeconds,
    double rrLocalMeanSeconds,
    String referenceSymbol,
    AamiClass referenceClass,
    float[] inputs) {}
