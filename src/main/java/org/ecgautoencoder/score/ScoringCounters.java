package org.ecgautoencoder.score;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Live counts the tasks report per batch, for progress logs only: Spark may count a retried task twice, so
 * the manifest's counts come from the written files instead. Also the worst beats, for the report.
 *
 * @param progressUnits bytes (CSV) or rows (Parquet) consumed
 */
record ScoringCounters(
    LongAccumulator records, LongAccumulator rejected, LongAccumulator progressUnits, WorstBeats worstBeats)
    implements Serializable {

  /** Beats kept for the scoring report. */
  static final int WORST_BEATS = 6;

  static ScoringCounters register(SparkContext sc, String prefix) {
    WorstBeats worst = new WorstBeats(WORST_BEATS);
    sc.register(worst, prefix + ".worst-beats");
    return new ScoringCounters(
        sc.longAccumulator(prefix + ".records"),
        sc.longAccumulator(prefix + ".rejected"),
        sc.longAccumulator(prefix + ".progress-units"),
        worst);
  }
}
