package org.ecgautoencoder.model;

import java.util.Locale;

/**
 * The heap one Spark task may fill with its batch: the executor's (the driver's in local mode) less what Spark
 * keeps for itself, shared by the tasks that run at once.
 *
 * @param bytes per task
 * @param description where it comes from, for messages: "local[*]: 2 tasks share the 1.0 GB heap"
 */
public record TaskMemory(long bytes, String description) {
  /** Spark's RESERVED_SYSTEM_MEMORY_BYTES (UnifiedMemoryManager): taken off every executor heap before any task's. */
  public static final long SPARK_RESERVED_BYTES = 300L * 1024 * 1024;

  /**
   * @param heapBytes the JVM's maximum heap (Runtime.maxMemory(), spark.executor.memory)
   * @param concurrentTasks tasks that run at once in that JVM
   * @param where the master or the setting it was read from, for messages
   */
  public static TaskMemory ofHeap(long heapBytes, int concurrentTasks, String where) {
    int tasks = Math.max(1, concurrentTasks);
    return new TaskMemory(
        Math.max(0, heapBytes - SPARK_RESERVED_BYTES) / tasks,
        where + ": " + (tasks == 1 ? "1 task has" : tasks + " tasks share") + " the " + size(heapBytes)
            + " heap less Spark's " + size(SPARK_RESERVED_BYTES));
  }

  /** A size in the units -Xmx and spark.executor.memory are written in (1g = 1024 MB): "362 MB", "2.2 GB". */
  static String size(long bytes) {
    double megabytes = bytes / (1024.0 * 1024);
    return megabytes >= 1024
        ? String.format(Locale.ROOT, "%.1f GB", megabytes / 1024)
        : String.format(Locale.ROOT, "%.0f MB", megabytes);
  }
}
