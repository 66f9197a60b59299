package org.ecgautoencoder.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Fits an initialised network for the configured epochs, logging one progress line per epoch. */
public interface Trainer {
  /**
   * @param network freshly initialised, or restored from the checkpoint {@code start} comes from
   * @param start the epochs already done; training runs the rest
   */
  TrainedNetwork fit(MultiLayerNetwork network, TrainingData data, TrainingStart start, EpochListener listener);

  default TrainedNetwork fit(MultiLayerNetwork network, TrainingData data) {
    return fit(network, data, TrainingStart.FRESH, EpochListener.NONE);
  }
}
