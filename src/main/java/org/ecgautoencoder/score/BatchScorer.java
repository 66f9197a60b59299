package org.ecgautoencoder.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Spark partition body for beats already in memory (training's threshold, evaluate): rebuilds the broadcast
 * network once, then scores the partition's beats in batches of {@code batchSize} rows per forward pass,
 * through the same {@link NetworkForwardPass} as the score job.
 */
final class BatchScorer implements FlatMapFunction<Iterator<BeatRecord>, RecordScore> {
  private final Broadcast<ScoringModel> model;
  private final int batchSize;

  BatchScorer(Broadcast<ScoringModel> model, int batchSize) {
    this.model = model;
    this.batchSize = batchSize;
  }

  @Override
  public Iterator<RecordScore> call(Iterator<BeatRecord> beats) {
    if (!beats.hasNext()) {
      return Collections.emptyIterator();
    }
    ScoringModel scoringModel = model.value();
    NetworkForwardPass forwardPass = new NetworkForwardPass(scoringModel, batchSize, 0, -1);
    BeatBatch batch = new BeatBatch(batchSize, scoringModel.beatLength());
    return new Iterator<>() {
      private Iterator<RecordScore> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && beats.hasNext()) {
          current = scoreNextBatch(forwardPass, batch, beats);
        }
        return current.hasNext();
      }

      @Override
      public RecordScore next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<RecordScore> scoreNextBatch(
      NetworkForwardPass forwardPass, BeatBatch batch, Iterator<BeatRecord> beats) {
    batch.clear();
    List<BeatRecord> taken = new ArrayList<>(batch.capacity());
    while (beats.hasNext() && !batch.isFull()) {
      BeatRecord beat = beats.next();
      if (beat.samples().length != batch.beatLength()) {
        throw new IllegalArgumentException(
            beat.sourceFile() + " line " + beat.rowIndex() + " has " + beat.samples().length
                + " samples but the model expects " + batch.beatLength());
      }
      System.arraycopy(beat.samples(), 0, batch.samples(), batch.nextSampleOffset(), beat.samples().length);
      batch.commitRow(beat.sourceFile(), beat.rowIndex(), 0, false, null);
      taken.add(beat);
    }
    double[] errors = forwardPass.score(batch).meanAbsoluteErrors();
    List<RecordScore> scores = new ArrayList<>(taken.size());
    for (int i = 0; i < taken.size(); i++) {
      BeatRecord beat = taken.get(i);
      scores.add(new RecordScore(beat.sourceFile(), beat.rowIndex(), beat.label(), beat.normal(), errors[i]));
    }
    return scores.iterator();
  }
}
