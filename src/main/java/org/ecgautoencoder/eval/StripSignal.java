package org.ecgautoencoder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.io.HadoopRecordingFiles;
import org.ecgautoencoder.recording.RecordingReading;
import org.ecgautoencoder.recording.RecordingSummary;
import org.ecgautoencoder.signal.Lead;
import org.ecgautoencoder.signal.Recording;
import org.ecgautoencoder.signal.RecordingFiles;

/**
 * Reads a stretch of a record's detection lead in mV on the driver, through the readers the job reads records
 * with (over any Hadoop filesystem). The readers decode the whole lead, checksums included, and this keeps only
 * the stretch: one lead of one record is held at a time (a 30-minute MIT-BIH record: 650,000 samples, 2.6 MB; a
 * 24-hour one at 360 Hz: 124 MB).
 */
final class StripSignal {
  private StripSignal() {}

  /**
   * @param record where reading the record found its beats: its file and lead
   * @param fromSample the first sample kept, and {@code toSample} the one after the last
   */
  static float[] read(Configuration conf, InputFormat format, RecordingSummary record, long fromSample, long toSample) {
    String file = record.sourceFile();
    try {
      RecordingFiles files = HadoopRecordingFiles.beside(conf, file);
      Recording recording = RecordingReading.readLead(files, new Path(file).getName(), file, format, record.lead());
      Lead lead = recording.keptLead(0);
      int[] digital = recording.digital()[0];
      int from = Math.toIntExact(Math.max(0, fromSample));
      int to = Math.toIntExact(Math.min(digital.length, toSample));
      float[] millivolts = new float[Math.max(0, to - from)];
      for (int i = 0; i < millivolts.length; i++) {
        millivolts[i] = lead.millivolts(digital[from + i]);
      }
      return millivolts;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lead " + record.lead() + " of " + file + " for the report's strip", e);
    }
  }
}
