package org.ecgautoencoder.train;

import org.ecgautoencoder.backend.ComputeBackend;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.nd4j.linalg.dataset.DataSet;

/** Spark partition body: groups consecutive beats into normalised reconstruction DataSets of {@code batchSize} rows. */
final class MinibatchDataSets implements FlatMapFunction<Iterator<BeatRecord>, DataSet> {
  private final Normaliser normaliser;
  private final int batchSize;

  MinibatchDataSets(Normaliser normaliser, int batchSize) {
    this.normaliser = normaliser;
    this.batchSize = batchSize;
  }

  @Override
  public Iterator<DataSet> call(Iterator<BeatRecord> beats) {
    ComputeBackend.logOnce("Executor");
    List<DataSet> batches = new ArrayList<>();
    List<BeatRecord> batch = new ArrayList<>(batchSize);
    while (beats.hasNext()) {
      batch.add(beats.next());
      if (batch.size() == batchSize) {
        batches.add(BatchBuilder.reconstructionDataSet(batch, normaliser));
        batch = new ArrayList<>(batchSize);
      }
    }
    if (!batch.isEmpty()) {
      batches.add(BatchBuilder.reconstructionDataSet(batch, normaliser));
    }
    return batches.iterator();
  }
}
