package org.ecgautoencoder.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ecgautoencoder.model.EpochLoss;

/**
 * Collects per-epoch losses and logs one line per epoch with elapsed time and an ETA. A resumed run carries
 * on the history and training time of the epochs its checkpoint completed.
 */
final class EpochProgress {
  private static final Logger LOG = LoggerFactory.getLogger(EpochProgress.class);

  private final int epochs;
  private final TrainingStart start;
  private final long startNanos = System.nanoTime();
  private final List<EpochLoss> history;

  EpochProgress(int epochs, TrainingStart start) {
    this.epochs = epochs;
    this.start = start;
    this.history = new ArrayList<>(start.history());
    if (start.completedEpochs() > 0) {
      LOG.info("Resuming after epoch {}/{}", start.completedEpochs(), epochs);
    }
  }

  /** The first epoch still to run. */
  int firstEpoch() {
    return start.completedEpochs() + 1;
  }

  /** @param validationLoss null when the fit has no validation rows */
  void record(int epoch, double trainLoss, Double validationLoss) {
    double elapsed = elapsedSeconds();
    history.add(new EpochLoss(epoch, trainLoss, validationLoss, elapsed));
    double thisRun = elapsed - start.elapsedSeconds();
    double eta = thisRun / (epoch - start.completedEpochs()) * (epochs - epoch);
    LOG.info(
        String.format(
            Locale.ROOT, "epoch %d/%d  train_loss %.5f  val_loss %s  elapsed %.1fs  eta %.1fs",
            epoch, epochs, trainLoss,
            validationLoss == null ? "-" : String.format(Locale.ROOT, "%.5f", validationLoss), elapsed, eta));
  }

  double elapsedSeconds() {
    return start.elapsedSeconds() + (System.nanoTime() - startNanos) / 1e9;
  }

  List<EpochLoss> history() {
    return List.copyOf(history);
  }
}
