package org.ecgautoencoder.score;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Live counts the tasks report per batch, for progress logs only: Spark may count a retried task twice, so
 * the manifest's counts come from the written files instead.
 *
 * @param progressUnits bytes (CSV) or rows (Parquet) consumed
 */
record ScoringCounters(LongAccumulator records, LongAccumulator rejected, LongAccumulator progressUnits)
    implements Serializable {

  static ScoringCounters register(SparkContext sc, String prefix) {
    return new ScoringCounters(
        sc.longAccumulator(prefix + ".records"),
        sc.longAccumulator(prefix + ".rejected"),
        sc.longAccumulator(prefix + ".progress-units"));
  }
}
