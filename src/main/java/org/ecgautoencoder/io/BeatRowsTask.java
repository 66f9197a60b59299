package org.ecgautoencoder.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeArrayWriter;
import org.apache.spark.sql.catalyst.expressions.codegen.UnsafeRowWriter;

/**
 * Spark partition body of the reader: fills a batch from the partition's {@link BeatSource} and writes each
 * valid row straight into Spark's binary row format ({@link BeatColumns#SCHEMA}) in one reused buffer: the
 * samples copied once from the batch, the record_id's bytes assembled without intermediate strings (the same
 * rule as {@link BeatColumns#recordId}). Spark copies each row on as it takes it. Rejected rows are only
 * counted here; {@link RejectsTask} emits them when a job writes its rejects.
 */
final class BeatRowsTask<T> implements FlatMapFunction<Iterator<T>, InternalRow> {
  private static final int ROWS_PER_READ = 1024;
  private static final int FLOAT_BYTES = 4;
  private static final int RECORD_ID = 0;
  private static final int SOURCE_FILE = 1;
  private static final int ROW_INDEX = 2;
  private static final int LABEL = 3;
  private static final int BEAT = 4;

  private final BeatSourceFactory<T> sources;
  private final int beatLength;
  private final ReadCounters counters;

  BeatRowsTask(BeatSourceFactory<T> sources, int beatLength, ReadCounters counters) {
    this.sources = sources;
    this.beatLength = beatLength;
    this.counters = counters;
  }

  @Override
  public Iterator<InternalRow> call(Iterator<T> partition) {
    BeatSource source = sources.openInTask(partition);
    BeatBatch batch = new BeatBatch(ROWS_PER_READ, beatLength);
    UnsafeRowWriter row = new UnsafeRowWriter(BeatColumns.SCHEMA.size(), 2 * beatLength * FLOAT_BYTES);
    UnsafeArrayWriter beat = new UnsafeArrayWriter(row, FLOAT_BYTES);
    return new Iterator<>() {
      private int next;
      private boolean more = true;
      private long unitsReported;
      private String lastFile;
      private byte[] lastFileBytes;
      private byte[] recordId = new byte[256];

      @Override
      public boolean hasNext() {
        while (next == batch.size() && more) {
          batch.clear();
          next = 0;
          long[] rejected = {0};
          more = source.fill(batch, reject -> rejected[0]++);
          if (!more) {
            source.close();
          }
          counters.rejected().add(rejected[0]);
          counters.records().add(batch.size());
          long units = source.progressUnits();
          counters.progressUnits().add(units - unitsReported);
          unitsReported = units;
        }
        return next < batch.size();
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int r = next++;
        byte[] file = fileBytes(batch.sourceFile(r));
        row.reset();
        row.zeroOutNullBytes();
        String id = batch.id(r);
        if (id != null) {
          byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
          row.write(RECORD_ID, idBytes, 0, idBytes.length);
        } else {
          row.write(RECORD_ID, recordId, 0, fileAndRow(file, batch.rowIndex(r)));
        }
        row.write(SOURCE_FILE, file, 0, file.length);
        row.write(ROW_INDEX, batch.rowIndex(r));
        Double label = batch.label(r);
        if (label == null) {
          row.setNullAt(LABEL);
        } else {
          row.write(LABEL, label.doubleValue());
        }
        int start = row.cursor();
        beat.initialize(beatLength);
        // The elements follow the array's header (the writer's cursor is an offset into its buffer, base included):
        // one bulk copy, no null to mark (the reader's samples are all present).
        Platform.copyMemory(
            batch.samples(), Platform.FLOAT_ARRAY_OFFSET + (long) r * beatLength * FLOAT_BYTES, row.getBuffer(),
            start + UnsafeArrayData.calculateHeaderPortionInBytes(beatLength),
            (long) beatLength * FLOAT_BYTES);
        row.setOffsetAndSizeFromPreviousCursor(BEAT, start);
        return row.getRow();
      }

      /** FILE:ROW into the record-id buffer (the rule of {@link BeatColumns#recordId}); returns its length. */
      private int fileAndRow(byte[] file, long rowIndex) {
        int digits = 1;
        for (long rest = rowIndex / 10; rest > 0; rest /= 10) {
          digits++;
        }
        int length = file.length + 1 + digits;
        if (recordId.length < length) {
          recordId = Arrays.copyOf(recordId, 2 * length);
        }
        System.arraycopy(file, 0, recordId, 0, file.length);
        recordId[file.length] = ':';
        long rest = rowIndex;
        for (int i = length - 1; i > file.length; i--) {
          recordId[i] = (byte) ('0' + rest % 10);
          rest /= 10;
        }
        return length;
      }

      /** Rows of one file come together: encode its name once per file, not once per row. */
      private byte[] fileBytes(String name) {
        if (!name.equals(lastFile)) {
          lastFile = name;
          lastFileBytes = name.getBytes(StandardCharsets.UTF_8);
        }
        return lastFileBytes;
      }
    };
  }
}
