package org.ecgautoencoder.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.recording.UnreadableRecordingException;

/**
 * The rejects pass over recordings, run only when the reading counted rejected records: reads each record again
 * and emits one rejects row for each that cannot be read, row_index -1 (the whole record), with the reason and
 * the message naming file, record and field.
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
      } catch (IllegalArgumentException e) {
        rejects.add(RejectsWriter.toRow(new RejectedRow(file, WHOLE_RECORD, reason(e), e.getMessage(), "")));
      }
    }
    return rejects.iterator();
  }

  private static RejectReason reason(IllegalArgumentException e) {
    if (e instanceof UnreadableRecordingException unreadable) {
      for (RejectReason reason : RejectReason.values()) {
        if (reason.name().equals(unreadable.reason())) {
          return reason;
        }
      }
    }
    return RejectReason.UNREADABLE_RECORDING;
  }
}
