package org.ecgautoencoder.io;

import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.ecgautoencoder.config.ParquetLayout;

/**
 * Beats from Spark's Parquet reader, taken from its internal rows (no boxing of 140 floats per beat).
 * Values arrive already cast to float by the projection, as CSV numbers are. Nulls, wrong array lengths
 * and non-finite samples become rejects naming the file, the row and the column.
 */
final class ParquetRowsSource implements BeatSource {
  private final Iterator<InternalRow> rows;
  private final ParquetRowLayout layout;
  private UTF8String lastFileUtf8;
  private String lastFile;
  private long rowsRead;

  ParquetRowsSource(Iterator<InternalRow> rows, ParquetRowLayout layout) {
    this.rows = rows;
    this.layout = layout;
  }

  @Override
  public boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects) {
    while (!batch.isFull()) {
      if (!rows.hasNext()) {
        return false;
      }
      InternalRow row = rows.next();
      rowsRead++;
      RejectedRow rejected = readInto(row, batch);
      if (rejected != null) {
        rejects.accept(rejected);
      }
    }
    return true;
  }

  /** @return null when the row was added, else why not */
  private RejectedRow readInto(InternalRow row, BeatBatch batch) {
    String id = null;
    if (layout.idOrdinal() >= 0) {
      id = row.isNullAt(layout.idOrdinal()) ? "" : row.getUTF8String(layout.idOrdinal()).toString().strip();
      if (id.isEmpty()) {
        return reject(row, RejectReason.MISSING_ID, "the id column is null or empty");
      }
    }
    float[] samples = batch.samples();
    int offset = batch.nextSampleOffset();
    int width = layout.beatLength();
    if (layout.layout() == ParquetLayout.ARRAY) {
      if (row.isNullAt(0)) {
        return reject(row, RejectReason.MISSING_VALUE, "column " + layout.beatColumn() + " is null");
      }
      ArrayData beat = row.getArray(0);
      if (beat.numElements() != width) {
        return reject(row, RejectReason.WRONG_FIELD_COUNT, "column " + layout.beatColumn() + " has " + beat.numElements()
            + " samples but the model expects " + width);
      }
      for (int i = 0; i < width; i++) {
        if (beat.isNullAt(i)) {
          return reject(row, RejectReason.MISSING_VALUE, layout.beatColumn() + "[" + i + "] is null");
        }
        float value = beat.getFloat(i);
        if (!Float.isFinite(value)) {
          return reject(row, RejectReason.NOT_FINITE, layout.beatColumn() + "[" + i + "] = " + value + " is not finite in float32");
        }
        samples[offset + i] = value;
      }
    } else {
      for (int i = 0; i < width; i++) {
        String column = layout.sampleColumnPrefix() + i;
        if (row.isNullAt(i)) {
          return reject(row, RejectReason.MISSING_VALUE, "column " + column + " is null");
        }
        float value = row.getFloat(i);
        if (!Float.isFinite(value)) {
          return reject(row, RejectReason.NOT_FINITE, "column " + column + " = " + value + " is not finite in float32");
        }
        samples[offset + i] = value;
      }
    }
    // A missing label is no reason to skip a beat when scoring: the label column is informational there.
    int labelOrdinal = layout.labelOrdinal();
    if (labelOrdinal >= 0 && !row.isNullAt(labelOrdinal)) {
      batch.commitLabelledRow(file(row), row.getLong(layout.rowOrdinal()), id, row.getDouble(labelOrdinal));
    } else {
      batch.commitRow(file(row), row.getLong(layout.rowOrdinal()), id);
    }
    return null;
  }

  /** Rows of one file come together: convert its name once per file, not once per row. */
  private String file(InternalRow row) {
    UTF8String name = row.getUTF8String(layout.fileOrdinal());
    if (!name.equals(lastFileUtf8)) {
      lastFileUtf8 = name.clone();
      lastFile = name.toString();
    }
    return lastFile;
  }

  private RejectedRow reject(InternalRow row, RejectReason reason, String detail) {
    return new RejectedRow(file(row), row.getLong(layout.rowOrdinal()), reason, detail, rawText(row));
  }

  /** The row as text for the rejects table: the beat's values, label and id as read. */
  private String rawText(InternalRow row) {
    StringBuilder text = new StringBuilder();
    if (layout.layout() == ParquetLayout.ARRAY) {
      text.append(layout.beatColumn()).append('=');
      if (row.isNullAt(0)) {
        text.append("null");
      } else {
        ArrayData beat = row.getArray(0);
        text.append('[');
        for (int i = 0; i < beat.numElements() && text.length() < RejectedRow.MAX_RAW_TEXT_CHARS; i++) {
          text.append(i == 0 ? "" : ",").append(beat.isNullAt(i) ? "null" : String.valueOf(beat.getFloat(i)));
        }
        text.append(']');
      }
    } else {
      for (int i = 0; i < layout.beatLength() && text.length() < RejectedRow.MAX_RAW_TEXT_CHARS; i++) {
        text.append(i == 0 ? "" : ",").append(row.isNullAt(i) ? "null" : String.valueOf(row.getFloat(i)));
      }
    }
    if (layout.labelOrdinal() >= 0) {
      text.append(" label=").append(row.isNullAt(layout.labelOrdinal()) ? "null" : row.getDouble(layout.labelOrdinal()));
    }
    if (layout.idOrdinal() >= 0) {
      text.append(" id=").append(row.isNullAt(layout.idOrdinal()) ? "null" : row.getUTF8String(layout.idOrdinal()));
    }
    return text.toString();
  }

  @Override
  public long progressUnits() {
    return rowsRead;
  }

  @Override
  public void close() {}
}
