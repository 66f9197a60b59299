package org.ecgautoencoder.signal;

import java.util.List;
import java.util.Objects;

/**
 * One decoded recording: every ECG lead's description, and the samples of only the leads the caller kept.
 *
 * <p>Memory: a 24 h record at 360 Hz is 31 M samples per lead, 124 MB as {@code int[]}; a 30 min MIT-BIH
 * record is 650,000 samples, 2.6 MB per lead. The job keeps one lead, so the readers decode every signal
 * (to verify checksums) but store only the kept ones. The arrays are handed over, not copied: the record
 * owns them and callers must not modify them.
 *
 * @param recordName the WFDB record name, or the EDF file name without its extension
 * @param samplingFrequencyHz samples per second of each lead
 * @param samplesPerSignal samples in each lead
 * @param leads every ECG signal of the record in file order (non-voltage signals and EDF+ annotation
 *     signals are not leads)
 * @param keptLeadIndexes indexes into {@code leads} of the kept leads, in the caller's order
 * @param digital {@code digital[i]} holds the samples of {@code leads.get(keptLeadIndexes[i])}
 */
public record Recording(
    String recordName,
    double samplingFrequencyHz,
    long samplesPerSignal,
    List<Lead> leads,
    int[] keptLeadIndexes,
    int[][] digital) {

  public Recording {
    Objects.requireNonNull(recordName, "recordName");
    leads = List.copyOf(leads);
    Objects.requireNonNull(keptLeadIndexes, "keptLeadIndexes");
    Objects.requireNonNull(digital, "digital");
    if (!(samplingFrequencyHz > 0) || !Double.isFinite(samplingFrequencyHz)) {
      throw new IllegalArgumentException(
          recordName + ": samplingFrequencyHz must be positive but was " + samplingFrequencyHz);
    }
    if (samplesPerSignal < 0) {
      throw new IllegalArgumentException(recordName + ": samplesPerSignal must be >= 0 but was " + samplesPerSignal);
    }
    if (digital.length != keptLeadIndexes.length) {
      throw new IllegalArgumentException(
          recordName + ": " + digital.length + " sample arrays for " + keptLeadIndexes.length + " kept leads");
    }
    for (int i = 0; i < digital.length; i++) {
      if (keptLeadIndexes[i] < 0 || keptLeadIndexes[i] >= leads.size()) {
        throw new IllegalArgumentException(
            recordName + ": kept lead index " + keptLeadIndexes[i] + " is outside 0.." + (leads.size() - 1));
      }
      if (digital[i].length != samplesPerSignal) {
        throw new IllegalArgumentException(
            recordName + ": lead " + leads.get(keptLeadIndexes[i]).name() + " has " + digital[i].length
                + " samples, expected " + samplesPerSignal);
      }
    }
  }

  /** The lead whose samples are {@code digital()[kept]}. */
  public Lead keptLead(int kept) {
    return leads.get(keptLeadIndexes[kept]);
  }

  /** Index into {@link #leads()} of the first lead named {@code name}, or -1. */
  public int leadIndex(String name) {
    for (int i = 0; i < leads.size(); i++) {
      if (leads.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
