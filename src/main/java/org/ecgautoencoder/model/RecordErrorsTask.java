package org.ecgautoencoder.model;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Spark partition body for beats training already holds as {@link BeatRecord}s (the threshold's errors, the
 * per-epoch losses): batches of {@code batchSize} rows through the same {@link NetworkForwardPass} as {@link
 * TransformTask}, one error per beat out, in order.
 */
final class RecordErrorsTask implements FlatMapFunction<Iterator<BeatRecord>, Double> {
  private final Broadcast<ScoringModel> model;
  private final int batchSize;

  RecordErrorsTask(Broadcast<ScoringModel> model, int batchSize) {
    this.model = model;
    this.batchSize = batchSize;
  }

  @Override
  public Iterator<Double> call(Iterator<BeatRecord> beats) {
    ScoringModel scoring = model.value();
    NetworkForwardPass pass = ForwardPassCache.forThisThread(scoring, batchSize, 0, -1);
    BeatBatch batch = new BeatBatch(batchSize, scoring.beatLength());
    return new Iterator<>() {
      private double[] errors = new double[0];
      private int next;

      @Override
      public boolean hasNext() {
        while (next == errors.length && beats.hasNext()) {
          batch.clear();
          while (beats.hasNext() && !batch.isFull()) {
            BeatRecord beat = beats.next();
            if (beat.samples().length != batch.beatLength()) {
              throw new IllegalArgumentException(
                  (beat.recordId() == null ? "A beat" : "Beat " + beat.recordId()) + " has " + beat.samples().length
                      + " samples but the model expects " + batch.beatLength());
            }
            System.arraycopy(beat.samples(), 0, batch.samples(), batch.nextSampleOffset(), beat.samples().length);
            batch.commitSamples();
          }
          errors = pass.score(batch).meanAbsoluteErrors();
          next = 0;
        }
        return next < errors.length;
      }

      @Override
      public Double next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return errors[next++];
      }
    };
  }
}
