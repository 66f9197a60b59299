package org.ecgautoencoder.train;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.TrainConfig;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.io.BeatRecord;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Single-process DL4J training on the driver: the training rows are collected, shuffled each epoch with a
 * seeded generator and fitted in minibatches of {@code train.batch-size}.
 */
public final class LocalTrainer implements Trainer {
  private final TrainConfig config;

  public LocalTrainer(TrainConfig config) {
    this.config = config;
  }

  @Override
  public TrainedNetwork fit(MultiLayerNetwork network, TrainingData data) {
    List<BeatRecord> trainRows = data.train().collect();
    if (trainRows.isEmpty()) {
      throw new IllegalArgumentException("No training rows: nothing to learn normal beats from");
    }
    INDArray train = BatchBuilder.features(trainRows, data.normaliser());
    DataSet trainSet = new DataSet(train, train);
    DataSet validationSet = BatchBuilder.reconstructionDataSet(data.validation().collect(), data.normaliser());
    EpochOrder order = new EpochOrder(trainRows.size(), config.shuffle(), new Random(config.seed()));
    EpochProgress progress = new EpochProgress(config.epochs());
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      int[] rows = order.next();
      for (int start = 0; start < rows.length; start += config.batchSize()) {
        int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + config.batchSize()));
        network.fit(BatchBuilder.reconstructionDataSet(train.getRows(batch)));
      }
      progress.record(epoch, network.score(trainSet), network.score(validationSet));
    }
    return new TrainedNetwork(network, progress.history(), progress.elapsedSeconds());
  }
}
