package org.ecgautoencoder.train;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.model.EpochLoss;

/** Told after every epoch, with the network as it stands then (checkpoints are written this way). */
@FunctionalInterface
public interface EpochListener {
  EpochListener NONE = (epoch, network, history, elapsedSeconds) -> {};

  void epochDone(int epoch, MultiLayerNetwork network, List<EpochLoss> history, double elapsedSeconds);
}
