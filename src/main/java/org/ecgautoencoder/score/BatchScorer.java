package org.ecgautoencoder.score;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Spark partition body: rebuilds the broadcast network once, then scores the partition's beats in batches
 * of {@code batchSize} rows per forward pass.
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
      return java.util.Collections.emptyIterator();
    }
    ScoringModel scoringModel = model.value();
    MultiLayerNetwork network = scoringModel.network();
    return new Iterator<>() {
      private Iterator<RecordScore> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && beats.hasNext()) {
          current = scoreNextBatch(network, scoringModel, beats);
        }
        return current.hasNext();
      }

      @Override
      public RecordScore next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Iterator<RecordScore> scoreNextBatch(
      MultiLayerNetwork network, ScoringModel scoringModel, Iterator<BeatRecord> beats) {
    List<BeatRecord> batch = new ArrayList<>(batchSize);
    while (beats.hasNext() && batch.size() < batchSize) {
      batch.add(beats.next());
    }
    double[] errors =
        ReconstructionErrors.meanAbsoluteError(network, BatchBuilder.features(batch, scoringModel.normaliser()));
    List<RecordScore> scores = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      BeatRecord beat = batch.get(i);
      scores.add(new RecordScore(beat.sourceFile(), beat.rowIndex(), beat.label(), beat.normal(), errors[i]));
    }
    return scores.iterator();
  }
}
