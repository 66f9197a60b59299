package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.CollectionAccumulator;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.recording.RecordingBeat;
import org.ecgautoencoder.recording.RecordingReading;
import org.ecgautoencoder.recording.RecordingSummary;
import org.ecgautoencoder.recording.UnreadableRecordingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark partition body of the recordings reader: each record of the partition read, its beats found and cut
 * ({@link RecordingReading}), one {@link RecordingColumns} row per beat. A record that cannot be read is counted
 * as rejected and its rejects row (reason and message) goes back to the driver through an accumulator; a failure
 * to reach a file (I/O), or a bug of ours, fails the task, which Spark retries.
 */
final class RecordingRowsTask implements FlatMapFunction<Iterator<String>, InternalRow> {
  private static final Logger LOG = LoggerFactory.getLogger(RecordingRowsTask.class);

  /** What every task needs to read a record. */
  record Settings(HadoopSettings hadoop, InputFormat format, RecordingConfig recording) implements Serializable {
    RecordingReading.Result read(Configuration conf, String file) {
      try {
        HadoopRecordingFiles files = new HadoopRecordingFiles(conf, file);
        return RecordingReading.read(files, new Path(file).getName(), file, format, recording);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the recording " + file, e);
      }
    }
  }

  private final Settings settings;
  private final ReadCounters counters;
  private final CollectionAccumulator<RecordingSummary> summaries;
  private final CollectionAccumulator<RejectedRow> rejects;

  RecordingRowsTask(
      Settings settings, ReadCounters counters, CollectionAccumulator<RecordingSummary> summaries,
      CollectionAccumulator<RejectedRow> rejects) {
    this.settings = settings;
    this.counters = counters;
    this.summaries = summaries;
    this.rejects = rejects;
  }

  @Override
  public Iterator<InternalRow> call(Iterator<String> files) {
    Configuration conf = settings.hadoop().toConfiguration();
    UnsafeProjection toUnsafe = UnsafeProjection.create(RecordingColumns.SCHEMA);
    return new Iterator<>() {
      private Iterator<RecordingBeat> beats = Collections.emptyIterator();
      private RecordingSummary summary;

      @Override
      public boolean hasNext() {
        while (!beats.hasNext() && files.hasNext()) {
          String file = files.next();
          try {
            RecordingReading.Result result = settings.read(conf, file);
            summary = result.summary();
            summaries.add(summary);
            List<RecordingBeat> found = result.beats();
            counters.records().add(found.size());
            beats = found.iterator();
          } catch (UnreadableRecordingException e) {
            LOG.warn("Rejected recording {}: {}", file, e.getMessage());
            counters.rejected().add(1);
            rejects.add(RecordingRejectsTask.rejected(file, e));
          }
          counters.progressUnits().add(1);
        }
        return beats.hasNext();
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return toUnsafe.apply(row(summary, beats.next())).copy();
      }
    };
  }

  private static InternalRow row(RecordingSummary record, RecordingBeat beat) {
    Object[] values = new Object[RecordingColumns.SCHEMA.size()];
    values[0] = UTF8String.fromString(record.recordId());
    values[1] = UTF8String.fromString(record.sourceFile());
    values[2] = beat.beatIndex();
    values[3] = beat.referenceClass() == null ? null : beat.referenceClass().label();
    values[4] = UnsafeArrayData.fromPrimitiveArray(beat.inputs());
    values[5] = UTF8String.fromString(record.lead());
    values[6] = beat.beatIndex();
    values[7] = beat.rPeakSample();
    values[8] = beat.rPeakSeconds();
    values[9] = nullIfNaN(beat.rrPreviousSeconds());
    values[10] = nullIfNaN(beat.rrNextSeconds());
    values[11] = nullIfNaN(beat.rrLocalMeanSeconds());
    values[12] = beat.referenceSymbol() == null ? null : UTF8String.fromString(beat.referenceSymbol());
    values[13] = beat.referenceClass() == null ? null : UTF8String.fromString(beat.referenceClass().name());
    return new GenericInternalRow(values);
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
