package org.ecgautoencoder.train;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects per-epoch losses and logs one line per epoch with elapsed time and an ETA. */
final class EpochProgress {
  private static final Logger LOG = LoggerFactory.getLogger(EpochProgress.class);

  private final int epochs;
  private final long startNanos = System.nanoTime();
  private final List<EpochLoss> history = new ArrayList<>();

  EpochProgress(int epochs) {
    this.epochs = epochs;
  }

  void record(int epoch, double trainLoss, double validationLoss) {
    double elapsed = elapsedSeconds();
    history.add(new EpochLoss(epoch, trainLoss, validationLoss, elapsed));
    double eta = elapsed / epoch * (epochs - epoch);
    LOG.info(
        String.format(
            "epoch %d/%d  train_loss %.5f  val_loss %.5f  elapsed %.1fs  eta %.1fs",
            epoch, epochs, trainLoss, validationLoss, elapsed, eta));
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  List<EpochLoss> history() {
    return history;
  }
}
