package org.ecgautoencoder.io;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Live counts the reading tasks report per batch, for progress logs and for deciding whether a rejects pass
 * is needed: Spark may count a retried task twice, so the counts a run reports come from what it wrote.
 *
 * @param records valid rows read
 * @param rejected rows the parser refused
 * @param progressUnits bytes (CSV) or rows (Parquet) consumed
 */
public record ReadCounters(LongAccumulator records, LongAccumulator rejected, LongAccumulator progressUnits)
    implements Serializable {

  static ReadCounters register(SparkContext sc, String prefix) {
    return new ReadCounters(
        sc.longAccumulator(prefix + ".records"),
        sc.longAccumulator(prefix + ".rejected"),
        sc.longAccumulator(prefix + ".progress-units"));
  }
}
