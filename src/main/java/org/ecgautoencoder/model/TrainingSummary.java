package org.ecgautoencoder.model;

import java.util.List;

/**
 * How the bundle's network was trained.
 *
 * @param mode spark or local
 * @param split the train/test split the rows came from, when a job split them (the train job); null when the
 *     model was fitted through the API on rows its caller chose
 * @param trainingData the normal rows the network learnt from, fingerprinted
 */
public record TrainingSummary(
    String mode, int epochs, double trainSeconds, List<EpochLoss> history, SplitSummary split,
    DataFingerprint trainingData) {
  public TrainingSummary {
    history = List.copyOf(history);
  }

  public TrainingSummary withSplit(SplitSummary split) {
    return new TrainingSummary(mode, epochs, trainSeconds, history, split, trainingData);
  }
}
