package org.ecgautoencoder.train;

import java.util.List;
import org.ecgautoencoder.model.EpochLoss;

/**
 * Where a trainer starts: from scratch, or after the epochs a checkpoint completed (its network, with Adam's
 * state, is the one handed to the trainer).
 *
 * @param elapsedSeconds training time the completed epochs took, so the totals stay those of the whole run
 */
public record TrainingStart(int completedEpochs, List<EpochLoss> history, double elapsedSeconds) {
  public static final TrainingStart FRESH = new TrainingStart(0, List.of(), 0);

  public TrainingStart {
    history = List.copyOf(history);
    if (history.size() != completedEpochs) {
      throw new IllegalArgumentException(
          "A start after " + completedEpochs + " epochs needs their " + completedEpochs + " losses, got " + history.size());
    }
  }
}
