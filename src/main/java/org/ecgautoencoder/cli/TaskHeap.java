package org.ecgautoencoder.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.ecgautoencoder.model.TaskMemory;

/**
 * The heap one task will have, known before Spark starts: in local mode the tasks run in this JVM, so its
 * maximum heap shared by the master's threads; on a cluster spark.executor.memory shared by an executor's
 * task slots, when it is set (else unknown: null).
 */
final class TaskHeap {
  private static final Pattern LOCAL = Pattern.compile("local(?:\\[\\s*([0-9]+|\\*)\\s*(?:,\\s*[0-9]+\\s*)?\\])?");
  private static final Pattern LOCAL_CLUSTER =
      Pattern.compile("local-cluster\\[\\s*[0-9]+\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*\\]");
  private static final long MEGABYTE = 1024 * 1024;

  private TaskHeap() {}

  /** @param master the master the session will have ({@link SparkSessions#master}) */
  static TaskMemory beforeSpark(String master, SparkConf conf) {
    int cpusPerTask = Math.max(1, conf.getInt("spark.task.cpus", 1));
    Matcher local = LOCAL.matcher(master);
    if (local.matches()) {
      int threads =
          local.group(1) == null ? 1
              : local.group(1).equals("*") ? Runtime.getRuntime().availableProcessors()
              : Integer.parseInt(local.group(1));
      return TaskMemory.ofHeap(Runtime.getRuntime().maxMemory(), threads / cpusPerTask, master);
    }
    Matcher cluster = LOCAL_CLUSTER.matcher(master);
    if (cluster.matches()) {
      // local-cluster[workers, cores per worker, MB per worker]: one executor per worker.
      long heap = Long.parseLong(cluster.group(2)) * MEGABYTE;
      return TaskMemory.ofHeap(heap, Integer.parseInt(cluster.group(1)) / cpusPerTask, master);
    }
    if (!conf.contains("spark.executor.memory")) {
      return null;
    }
    // An executor runs spark.executor.cores tasks at once: 1 unless set on YARN and Kubernetes; a standalone
    // executor takes all its worker's cores, which only spark.executor.cores tells here.
    int cores = conf.getInt("spark.executor.cores", 1);
    return TaskMemory.ofHeap(
        conf.getSizeAsMb("spark.executor.memory") * MEGABYTE, cores / cpusPerTask,
        "spark.executor.memory = " + conf.get("spark.executor.memory") + ", " + cores + " core(s) per executor");
  }
}
