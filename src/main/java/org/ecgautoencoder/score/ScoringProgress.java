package org.ecgautoencoder.score;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.ecgautoencoder.io.ReadCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple4;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Logs records done, rate and ETA every few seconds while the scoring pass runs. Running tasks' counts
 * arrive with executor heartbeats ({@code spark.executor.heartbeatInterval}, 10 s by default), finished
 * tasks' counts when they end, so progress shows inside long tasks too, on local and cluster masters alike.
 */
public final class ScoringProgress extends SparkListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScoringProgress.class);

  private final SparkContext sc;
  private final long recordsId;
  private final long unitsId;
  private final long totalUnits;
  private final String unit;
  private final long startNanos = System.nanoTime();
  private final Map<Long, long[]> runningTasks = new ConcurrentHashMap<>();
  private final AtomicLong finishedRecords = new AtomicLong();
  private final AtomicLong finishedUnits = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "scoring-progress");
            thread.setDaemon(true);
            return thread;
          });

  private ScoringProgress(SparkContext sc, ReadCounters counters, long totalUnits, String unit) {
    this.sc = sc;
    this.recordsId = counters.records().id();
    this.unitsId = counters.progressUnits().id();
    this.totalUnits = totalUnits;
    this.unit = unit;
  }

  public static ScoringProgress start(
      SparkContext sc, ReadCounters counters, long totalUnits, String unit, int intervalSeconds) {
    ScoringProgress progress = new ScoringProgress(sc, counters, totalUnits, unit);
    sc.addSparkListener(progress);
    progress.timer.scheduleAtFixedRate(progress::log, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    return progress;
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : asList(update.accumUpdates())) {
      long[] counts = counts(asList(task._4()));
      if (counts != null) {
        runningTasks.put((Long) task._1(), counts);
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    runningTasks.remove(end.taskInfo().taskId());
    if (end.reason() == Success$.MODULE$) {
      long[] counts = counts(asList(end.taskInfo().accumulables()));
      if (counts != null) {
        finishedRecords.addAndGet(counts[0]);
        finishedUnits.addAndGet(counts[1]);
      }
    }
  }

  /** @return {records, units} of one task, or null when it carries neither (another stage's task) */
  private long[] counts(List<AccumulableInfo> accumulables) {
    long[] counts = null;
    for (AccumulableInfo info : accumulables) {
      if ((info.id() == recordsId || info.id() == unitsId) && info.update().isDefined()) {
        counts = counts == null ? new long[2] : counts;
        counts[info.id() == recordsId ? 0 : 1] = ((Number) info.update().get()).longValue();
      }
    }
    return counts;
  }

  private void log() {
    long records = finishedRecords.get();
    long units = finishedUnits.get();
    for (long[] running : runningTasks.values()) {
      records += running[0];
      units += running[1];
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double fraction = totalUnits > 0 ? Math.min(1.0, (double) units / totalUnits) : 0;
    String eta = fraction > 0 ? String.format("%.0f s", seconds * (1 - fraction) / fraction) : "unknown";
    LOG.info(
        "Scoring: {} records in {} s ({} records/s), {} of {} {} read ({}%), ETA {}",
        records, String.format("%.0f", seconds), String.format("%.0f", records / Math.max(seconds, 1e-9)), units,
        totalUnits, unit, String.format("%.1f", 100 * fraction), eta);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sc.removeSparkListener(this);
  }

  private static <E> List<E> asList(Seq<E> seq) {
    return JavaConverters.seqAsJavaList(seq);
  }
}
