package org.ecgautoencoder.io;

import java.io.Closeable;
import java.util.function.Consumer;

/** The beats of one Spark partition, delivered a batch at a time; rejected rows go to the consumer. */
public interface BeatSource extends Closeable {
  /**
   * Appends valid rows until the batch is full or the partition ends.
   *
   * @return false when the partition has no more rows (the batch may still hold the last ones)
   */
  boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects);

  /** Work done so far in the unit the run's progress is measured in (bytes for CSV, rows for Parquet). */
  long progressUnits();

  @Override
  void close();
}
