package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * Training checkpoints under OUTPUT/checkpoints, which {@code train --resume} continues from.
 *
 * @param everyEpochs write one after every N-th epoch and after the last (0 = none)
 * @param kept how many of the newest checkpoints to keep; older ones are deleted once a newer one is complete
 */
public record CheckpointConfig(int everyEpochs, int kept) implements Serializable {

  public CheckpointConfig {
    ConfigChecks.atLeast(everyEpochs, 0, "train.checkpoints.every-epochs");
    ConfigChecks.atLeast(kept, 1, "train.checkpoints.kept");
  }

  public boolean dueAfter(int epoch, int lastEpoch) {
    return everyEpochs > 0 && (epoch % everyEpochs == 0 || epoch == lastEpoch);
  }
}
