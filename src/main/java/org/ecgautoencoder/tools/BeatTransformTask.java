package org.ecgautoencoder.tools;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.CodeLayer;
import org.ecgautoencoder.model.ModelCodes;
import org.ecgautoencoder.score.ScoringModel;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Spark partition body of encode and denoise: beats in batches through the broadcast model, one row per
 * beat out ({@link BeatTransformPipeline#schema}). Rows go out batch by batch; a partition is never held.
 */
final class BeatTransformTask implements FlatMapFunction<Iterator<BeatRecord>, Row> {
  private final Broadcast<ScoringModel> model;
  private final CodeLayer codeLayer;
  private final BeatTransform transform;
  private final int batchSize;

  BeatTransformTask(Broadcast<ScoringModel> model, CodeLayer codeLayer, BeatTransform transform, int batchSize) {
    this.model = model;
    this.codeLayer = codeLayer;
    this.transform = transform;
    this.batchSize = batchSize;
  }

  @Override
  public Iterator<Row> call(Iterator<BeatRecord> beats) {
    MultiLayerNetwork network = model.value().network();
    Normaliser normaliser = model.value().normaliser();
    return new Iterator<>() {
      private Iterator<Row> batch = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!batch.hasNext() && beats.hasNext()) {
          batch = nextBatch(network, normaliser, beats).iterator();
        }
        return batch.hasNext();
      }

      @Override
      public Row next() {
        hasNext();
        return batch.next();
      }
    };
  }

  private List<Row> nextBatch(MultiLayerNetwork network, Normaliser normaliser, Iterator<BeatRecord> beats) {
    List<BeatRecord> records = new ArrayList<>(batchSize);
    while (beats.hasNext() && records.size() < batchSize) {
      records.add(beats.next());
    }
    INDArray features = BatchBuilder.features(records, normaliser);
    INDArray values =
        transform == BeatTransform.ENCODE
            ? ModelCodes.of(network, codeLayer, features)
            : network.output(features, false);
    List<Row> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      BeatRecord beat = records.get(i);
      float[] row = values.getRow(i).toFloatVector();
      float[] output = transform == BeatTransform.DENOISE ? normaliser.invert(row) : row;
      rows.add(RowFactory.create(beat.recordId(), beat.sourceFile(), beat.rowIndex(), beat.label(), boxed(output)));
    }
    return rows;
  }

  static Float[] boxed(float[] values) {
    Float[] boxed = new Float[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
