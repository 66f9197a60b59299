package org.ecgautoencoder.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Spark partition body of the reader: fills a batch from the partition's {@link BeatSource} and emits each
 * valid row in Spark's internal form ({@link BeatColumns#TASK_SCHEMA}), the samples copied once, straight
 * from the batch into Spark's array format. Rejected rows are only counted here; {@link RejectsTask} emits
 * them when a job writes its rejects.
 */
final class BeatRowsTask<T> implements FlatMapFunction<Iterator<T>, InternalRow> {
  private static final int ROWS_PER_READ = 1024;
  private static final int FLOAT_BYTES = 4;

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
    return new Iterator<>() {
      private int next;
      private boolean more = true;
      private long unitsReported;
      private String lastFile;
      private UTF8String lastFileUtf8;

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
        int row = next++;
        String id = batch.id(row);
        Double label = batch.label(row);
        return new GenericInternalRow(
            new Object[] {
              id == null ? null : UTF8String.fromString(id),
              file(batch.sourceFile(row)),
              batch.rowIndex(row),
              label,
              UnsafeArrayData.fromPrimitiveArray(
                  batch.samples(), Platform.FLOAT_ARRAY_OFFSET + row * beatLength * FLOAT_BYTES, beatLength,
                  FLOAT_BYTES)
            });
      }

      /** Rows of one file come together: convert its name once per file, not once per row. */
      private UTF8String file(String name) {
        if (!name.equals(lastFile)) {
          lastFile = name;
          lastFileUtf8 = UTF8String.fromString(name);
        }
        return lastFileUtf8;
      }
    };
  }
}
