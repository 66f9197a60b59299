package org.ecgautoencoder.signal;

import java.util.List;
import java.util.Objects;

/**
 * A parsed single-segment WFDB header (header(5)).
 *
 * @param headerFileName the header's file name, for messages
 * @param recordName the record name from the record line
 * @param samplingFrequencyHz samples per second per signal; 250 when the header omits it
 * @param counterFrequencyHz the counter frequency, 0 when absent
 * @param baseCounterValue the counter's value at sample 0, 0 when absent
 * @param samplesPerSignal samples per signal; 0 when the header omits it (then the reader infers it from
 *     the signal file's length)
 * @param baseTime as written ({@code HH:MM:SS}), empty when absent
 * @param baseDate as written ({@code DD/MM/YYYY}), empty when absent
 * @param signals the signal lines, in order
 * @param comments the text of {@code #} comment lines (without the {@code #}), in order
 */
public record WfdbHeader(
    String headerFileName,
    String recordName,
    double samplingFrequencyHz,
    double counterFrequencyHz,
    double baseCounterValue,
    long samplesPerSignal,
    String baseTime,
    String baseDate,
    List<WfdbSignalSpec> signals,
    List<String> comments) {

  public WfdbHeader {
    Objects.requireNonNull(headerFileName, "headerFileName");
    Objects.requireNonNull(recordName, "recordName");
    Objects.requireNonNull(baseTime, "baseTime");
    Objects.requireNonNull(baseDate, "baseDate");
    signals = List.copyOf(signals);
    comments = List.copyOf(comments);
    if (!(samplingFrequencyHz > 0) || !Double.isFinite(samplingFrequencyHz)) {
      throw new IllegalArgumentException(
          headerFileName + ": sampling frequency must be positive but was " + samplingFrequencyHz);
    }
    if (samplesPerSignal < 0) {
      throw new IllegalArgumentException(
          headerFileName + ": samples per signal must be >= 0 but was " + samplesPerSignal);
    }
  }

  /** Indexes into {@link #signals()} of the voltage signals: lead i of the recording is signal leadSignals[i]. */
  public int[] leadSignalIndexes() {
    return LeadSignals.indexes(signals, WfdbSignalSpec::isVoltage);
  }

  /** The recording's leads: its voltage signals, in file order. */
  public List<Lead> leads() {
    return LeadSignals.leads(signals, WfdbSignalSpec::isVoltage, WfdbSignalSpec::toLead);
  }
}
