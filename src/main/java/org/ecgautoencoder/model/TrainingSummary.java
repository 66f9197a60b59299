package org.ecgautoencoder.model;

import java.util.List;
import org.ecgautoencoder.train.EpochLoss;

/**
 * How the bundle's network was trained.
 *
 * @param mode spark or local
 * @param split which rows were used, e.g. the sklearn split's parameters and sizes
 */
public record TrainingSummary(
    String mode, int epochs, double trainSeconds, List<EpochLoss> history, SplitSummary split) {
  public TrainingSummary {
    history = List.copyOf(history);
  }
}
