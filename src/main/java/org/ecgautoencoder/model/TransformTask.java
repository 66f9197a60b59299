package org.ecgautoencoder.model;

import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.Platform;
import org.ecgautoencoder.backend.ComputeBackend;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.ecgautoencoder.inference.ScoredBatch;
import org.ecgautoencoder.inference.WorstBeats;
import org.ecgautoencoder.io.BeatBatch;

/**
 * Spark partition body of {@link AutoencoderModel#transform} and its kin: takes the partition's rows a batch at
 * a time (Spark's internal rows, the samples copied straight into the batch), scores each batch in one forward
 * pass through the broadcast model, and emits every input row with the added columns ({@link ModelColumns}).
 * Memory per task is one batch of rows and beats, whatever the input's size.
 */
final class TransformTask implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final int FLOAT_BYTES = 4;

  /**
   * @param beatOrdinal where the beat column is (array of float without nulls, as {@link AutoencoderModel} casts it)
   * @param idOrdinal where record_id is, for messages and the worst beats; -1 when the input has none
   * @param latentLayer the code layer, or -1 when no code is asked for
   * @param samplesMayBeNull whether the beat column's type allows null samples (a user's array&lt;float&gt;), which
   *     are then looked for; the reader's beats have none
   */
  record Settings(
      ModelColumns.Output output, int beatOrdinal, int idOrdinal, int beatLength, int batchSize, int segments,
      int latentLayer, Threshold threshold, boolean samplesMayBeNull)
      implements Serializable {
    /** What no task could run, refused on the driver (jobs check their keys earlier: {@link BatchFootprint}). */
    Settings {
      if (segments > beatLength) {
        // Segment k is samples [k * W / K, (k + 1) * W / K): with K > W some are empty, and their mean is NaN.
        throw new IllegalArgumentException(
            segments + " segment errors asked for but the model's beats have " + beatLength + " samples; at most "
                + beatLength);
      }
      int limit = BatchFootprint.arrayLimit(NetworkForwardPass.rowStride(beatLength), segments);
      if (batchSize > limit) {
        throw new IllegalArgumentException(
            "a batch of " + batchSize + " beats of " + beatLength + " samples does not fit one array; at most " + limit);
      }
    }
  }

  private final Broadcast<ScoringModel> model;
  private final Settings settings;
  private final KeptColumns keptColumns;
  private final WorstBeats worstBeats;

  TransformTask(Broadcast<ScoringModel> model, Settings settings, KeptColumns keptColumns, WorstBeats worstBeats) {
    this.model = model;
    this.settings = settings;
    this.keptColumns = keptColumns;
    this.worstBeats = worstBeats;
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
    ComputeBackend.logOnce("Executor");
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    ScoringModel scoring = model.value();
    NetworkForwardPass pass =
        ForwardPassCache.forThisThread(scoring, settings.batchSize(), settings.segments(), settings.latentLayer());
    BeatBatch batch = new BeatBatch(settings.batchSize(), settings.beatLength());
    InternalRow[] held = new InternalRow[settings.batchSize()];
    UnaryOperator<InternalRow> copy = keptColumns.copier();
    return new Iterator<>() {
      private InternalRow[] added = new InternalRow[0];
      private int next;
      /** Rows of this task before the current batch: names for rows without a record_id. */
      private long rowsBefore;

      @Override
      public boolean hasNext() {
        while (next == added.length && rows.hasNext()) {
          batch.clear();
          while (!batch.isFull() && rows.hasNext()) {
            InternalRow row = rows.next();
            copyBeat(row, batch);
            held[batch.size() - 1] = copy.apply(row);
          }
          added = added(pass, scoring, batch, held, new RowNames(partition, rowsBefore));
          rowsBefore += added.length;
          next = 0;
        }
        return next < added.length;
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int row = next++;
        InternalRow joined = new JoinedRow(held[row], added[row]);
        held[row] = null;
        return joined;
      }
    };
  }

  private void copyBeat(InternalRow row, BeatBatch batch) {
    if (row.isNullAt(settings.beatOrdinal())) {
      throw new IllegalArgumentException(describe(row) + " has a null beat; the model needs " + settings.beatLength() + " samples");
    }
    ArrayData beat = row.getArray(settings.beatOrdinal());
    int width = settings.beatLength();
    if (beat.numElements() != width) {
      throw new IllegalArgumentException(
          describe(row) + " has a beat of " + beat.numElements() + " samples but the model expects " + width);
    }
    if (settings.samplesMayBeNull()) {
      for (int i = 0; i < width; i++) {
        if (beat.isNullAt(i)) {
          throw new IllegalArgumentException(describe(row) + " has a null sample at position " + i + " of its beat");
        }
      }
    }
    float[] samples = batch.samples();
    int offset = batch.nextSampleOffset();
    if (beat instanceof UnsafeArrayData unsafe) {
      // The samples sit after the array's header: one bulk copy instead of a call per sample.
      Platform.copyMemory(
          unsafe.getBaseObject(), unsafe.getBaseOffset() + UnsafeArrayData.calculateHeaderPortionInBytes(width),
          samples, Platform.FLOAT_ARRAY_OFFSET + (long) offset * FLOAT_BYTES, (long) width * FLOAT_BYTES);
    } else {
      for (int i = 0; i < width; i++) {
        samples[offset + i] = beat.getFloat(i);
      }
    }
    batch.commitSamples();
  }

  private String describe(InternalRow row) {
    String id = idOf(row);
    return id != null ? "Row " + id : "A row";
  }

  /** The input row's record_id (a string column), or null when the input has none or this row's is null. */
  private String idOf(InternalRow row) {
    return idAt(row, settings.idOrdinal());
  }

  private static String idAt(InternalRow row, int ordinal) {
    return ordinal >= 0 && !row.isNullAt(ordinal) ? row.getUTF8String(ordinal).toString() : null;
  }

  /** How the worst beats of a batch are named when the input has no record_id: by partition and row. */
  private record RowNames(int partition, long rowsBefore) {
    String of(int row) {
      return "partition " + partition + " row " + (rowsBefore + row);
    }
  }

  private InternalRow[] added(
      NetworkForwardPass pass, ScoringModel scoring, BeatBatch batch, InternalRow[] held, RowNames names) {
    int rows = batch.size();
    InternalRow[] added = new InternalRow[rows];
    if (rows == 0) {
      return added;
    }
    ScoredBatch scored = pass.score(batch);
    switch (settings.output()) {
      case SCORES -> {
        offerWorst(pass, batch, scored, held, names);
        int extras = (scored.segmentErrors() != null ? 1 : 0) + (scored.latentCodes() != null ? 1 : 0);
        Threshold threshold = settings.threshold();
        Object value = threshold.value();
        for (int r = 0; r < rows; r++) {
          double error = scored.meanAbsoluteErrors()[r];
          Object[] values = new Object[3 + extras];
          values[0] = error;
          values[1] = value;
          values[2] = threshold.isAnomaly(error);
          int next = 3;
          if (scored.segmentErrors() != null) {
            values[next++] = slice(scored.segmentErrors(), r, scored.segments());
          }
          if (scored.latentCodes() != null) {
            values[next] = slice(scored.latentCodes(), r, scored.latentWidth());
          }
          added[r] = new GenericInternalRow(values);
        }
      }
      case CODE -> {
        for (int r = 0; r < rows; r++) {
          added[r] = new GenericInternalRow(new Object[] {slice(scored.latentCodes(), r, scored.latentWidth())});
        }
      }
      case RECONSTRUCTION -> {
        for (int r = 0; r < rows; r++) {
          float[] rebuilt = scoring.normaliser().invert(pass.reconstruction(r, settings.beatLength()));
          added[r] = new GenericInternalRow(new Object[] {UnsafeArrayData.fromPrimitiveArray(rebuilt)});
        }
      }
    }
    return added;
  }

  /**
   * Offers the batch's beats above the worst-beats floor to the report's accumulator, named by their record_id,
   * or by partition and row when the input has none (the accumulator keeps one beat per name).
   */
  private void offerWorst(
      NetworkForwardPass pass, BeatBatch batch, ScoredBatch scored, InternalRow[] held, RowNames names) {
    if (worstBeats == null) {
      return;
    }
    double[] errors = scored.meanAbsoluteErrors();
    for (int r = 0; r < batch.size(); r++) {
      if (errors[r] > worstBeats.floor()) {
        float[][] beat = pass.beatAndReconstruction(r, batch.beatLength());
        String id = settings.idOrdinal() < 0 ? null : idAt(held[r], keptColumns.ordinalOf(settings.idOrdinal()));
        worstBeats.add(new WorstBeats.Beat(
            id != null ? id : names.of(r), errors[r], beat[0], beat[1]));
      }
    }
  }

  private static UnsafeArrayData slice(float[] rowMajor, int row, int width) {
    return UnsafeArrayData.fromPrimitiveArray(
        rowMajor, Platform.FLOAT_ARRAY_OFFSET + row * width * FLOAT_BYTES, width, FLOAT_BYTES);
  }
}
