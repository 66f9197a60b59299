package org.ecgautoencoder.recording;

import java.util.List;
import java.util.Locale;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.signal.Lead;

/**
 * Which of a record's leads the beats are found on: the one input.recording.lead names, or with auto modified
 * lead II (MLII, the lead MIT-BIH records put first and detectors are published on) when present, else the first.
 */
final class LeadChoice {
  static final String MODIFIED_LEAD_II = "MLII";

  private LeadChoice() {}

  static int of(List<Lead> leads, String configured, String recordingFile) {
    if (leads.isEmpty()) {
      throw new UnreadableRecordingException(
          "NO_ECG_LEADS", recordingFile + " has no signal in units of voltage (uV, mV, V): no lead to find beats on",
          null);
    }
    String wanted = configured.equals(RecordingConfig.AUTO_LEAD) ? MODIFIED_LEAD_II : configured;
    for (int i = 0; i < leads.size(); i++) {
      if (leads.get(i).name().trim().toUpperCase(Locale.ROOT).equals(wanted.toUpperCase(Locale.ROOT))) {
        return i;
      }
    }
    if (configured.equals(RecordingConfig.AUTO_LEAD) && !leads.isEmpty()) {
      return 0;
    }
    throw new UnreadableRecordingException(
        "MISSING_LEAD",
        recordingFile + " has no lead " + configured + " (input.recording.lead); its leads are "
            + leads.stream().map(Lead::name).toList() + ": set input.recording.lead to one of them, or auto",
        null);
  }
}
