package org.ecgautoencoder.io;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/** Opens the {@link BeatSource} of a Spark partition whose elements are {@code T} (file paths, Parquet rows). */
public interface BeatSourceFactory<T> extends Serializable {
  BeatSource open(Iterator<T> partition);

  /** Opens the source inside a Spark task and closes it when the task ends, even when it fails midway. */
  default BeatSource openInTask(Iterator<T> partition) {
    BeatSource source = open(partition);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> source.close());
    }
    return source;
  }
}
