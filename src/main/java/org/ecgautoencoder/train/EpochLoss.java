package org.ecgautoencoder.train;

/**
 * One epoch's outcome. Both losses are the training objective (MAE, mean over samples and rows) over all
 * rows of the set with the parameters at the end of the epoch.
 *
 * @param validationLoss over the split's test rows (both labels), as the tutorial's validation_data
 */
public record EpochLoss(int epoch, double trainLoss, double validationLoss, double elapsedSeconds) {}
