package org.ecgautoencoder.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Fits an initialised network for the configured epochs, logging one progress line per epoch. */
public interface Trainer {
  TrainedNetwork fit(MultiLayerNetwork network, TrainingData data);
}
