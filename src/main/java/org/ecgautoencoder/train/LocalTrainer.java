package org.ecgautoencoder.train;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.TrainConfig;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.inference.ReconstructionErrors;
import org.nd4j.linalg.api.ndarray.INDArray;

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
  public TrainedNetwork fit(MultiLayerNetwork network, TrainingData data, TrainingStart start, EpochListener listener) {
    List<BeatRecord> trainRows = data.train().collect();
    if (trainRows.isEmpty()) {
      throw new IllegalArgumentException("No training rows: nothing to learn normal beats from");
    }
    INDArray train = BatchBuilder.features(trainRows, data.normaliser());
    List<BeatRecord> validationRows = data.hasValidation() ? data.validation().collect() : List.of();
    INDArray validation = validationRows.isEmpty() ? null : BatchBuilder.features(validationRows, data.normaliser());
    EpochOrder order = new EpochOrder(trainRows.size(), config.shuffle(), new Random(config.seed()));
    EpochProgress progress = new EpochProgress(config.epochs(), start);
    // The same row orders as an uninterrupted run: replay the shuffles of the epochs already done.
    for (int done = 1; done < progress.firstEpoch(); done++) {
      order.next();
    }
    for (int epoch = progress.firstEpoch(); epoch <= config.epochs(); epoch++) {
      int[] rows = order.next();
      for (int from = 0; from < rows.length; from += config.batchSize()) {
        int[] batch = Arrays.copyOfRange(rows, from, Math.min(rows.length, from + config.batchSize()));
        network.fit(BatchBuilder.reconstructionDataSet(train.getRows(batch)));
      }
      progress.record(epoch, meanLoss(network, train), validation == null ? null : meanLoss(network, validation));
      listener.epochDone(epoch, network, progress.history(), progress.elapsedSeconds());
    }
    return new TrainedNetwork(network, progress.history(), progress.elapsedSeconds());
  }

  /**
   * The mean per-beat reconstruction MAE, as the Spark trainer reports it: for the plain types DL4J's score,
   * for the penalised ones the part of the objective that is comparable across types.
   */
  private static double meanLoss(MultiLayerNetwork network, INDArray features) {
    return Arrays.stream(ReconstructionErrors.meanAbsoluteError(network, features)).average().orElse(Double.NaN);
  }
}
