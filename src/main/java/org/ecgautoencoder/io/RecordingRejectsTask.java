package org.ecgautoencoder.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.recording.UnreadableRecordingException;

/**
 * The rejects of recordings: one row per record that cannot be read, row_index -1 (the whole record), with the
 * reason and the message naming file, record and field. The reading pass collects them as it goes; this task
 * reads the records again only when rejects are asked for before any reading pass ran.
 */
final class RecordingRejectsTask implements FlatMapFunction<Iterator<String>, Row> {
  /** row_index of a rejected record: the whole of it, not one of its rows. */
  static final long WHOLE_RECORD = -1;

  private final RecordingRowsTask.Settings settings;

  RecordingRejectsTask(RecordingRowsTask.Settings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<String> files) {
    Configuration conf = settings.hadoop().toConfiguration();
    List<Row> rejects = new ArrayList<>();
    while (files.hasNext()) {
      String file = files.next();
      try {
        settings.read(conf, file);
      } catch (UnreadableRecordingException e) {
        rejects.add(RejectsWriter.toRow(rejected(file, e)));
      }
    }
    return rejects.iterator();
  }

  /** The rejects row of a record that cannot be read. */
  static RejectedRow rejected(String file, UnreadableRecordingException e) {
    return new RejectedRow(
        file, WHOLE_RECORD, reason(e), java.util.Objects.toString(e.getMessage(), e.getClass().getName()), "");
  }

  private static RejectReason reason(UnreadableRecordingException e) {
    for (RejectReason reason : RejectReason.values()) {
      if (reason.name().equals(e.reason())) {
        return reason;
      }
    }
    return RejectReason.UNREADABLE_RECORDING;
  }
}
