package org.ecgautoencoder.data;

import org.apache.spark.api.java.JavaRDD;
import org.ecgautoencoder.io.BeatRecord;

/**
 * The rows a model learns from: the normal ones, or, when no row carries a label at all (recordings without
 * reference annotations, a table read with input.label-column = none), every row: label-free training, whose
 * threshold rules must then need no labels. One rule, used by training and by evaluate's check of what a model
 * learnt from.
 */
public final class LearntRows {
  private LearntRows() {}

  /** @param rows persisted by the caller: this counts them once when none is normal */
  public static JavaRDD<BeatRecord> of(JavaRDD<BeatRecord> rows) {
    JavaRDD<BeatRecord> normal = rows.filter(BeatRecord::normal);
    if (!normal.isEmpty() || !rows.filter(BeatRecord::hasLabel).isEmpty()) {
      return normal;
    }
    return rows;
  }
}
