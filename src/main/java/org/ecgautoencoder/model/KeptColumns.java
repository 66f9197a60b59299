package org.ecgautoencoder.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * The input's columns the output keeps: all of them (each row copied whole), or all but the beat (each row
 * projected onto the others, so the samples are not copied on).
 *
 * @param schema the input's schema (the beat as array of float)
 * @param beat whether the beat column is kept
 */
public record KeptColumns(StructType schema, int beatOrdinal, boolean beat) implements Serializable {
  /** Where an input column is in the kept rows. */
  int ordinalOf(int inputOrdinal) {
    return !beat && inputOrdinal > beatOrdinal ? inputOrdinal - 1 : inputOrdinal;
  }

  /** Copies of rows, of the columns kept; the source row may be reused by its iterator. */
  public UnaryOperator<InternalRow> copier() {
    if (beat) {
      return InternalRow::copy;
    }
    List<Expression> kept = new ArrayList<>();
    for (int i = 0; i < schema.size(); i++) {
      if (i != beatOrdinal) {
        kept.add(new BoundReference(i, schema.fields()[i].dataType(), schema.fields()[i].nullable()));
      }
    }
    UnsafeProjection projection = UnsafeProjection.create(JavaConverters.asScalaBuffer(kept).toSeq());
    return row -> projection.apply(row).copy();
  }
}
