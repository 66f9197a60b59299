package org.ecgautoencoder.train;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.model.EpochLoss;

/** A trained network with its per-epoch losses and the wall time training took. */
public record TrainedNetwork(MultiLayerNetwork network, List<EpochLoss> history, double trainSeconds) {
  public TrainedNetwork {
    history = List.copyOf(history);
  }
}
