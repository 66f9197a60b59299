package org.ecgautoencoder.model;

/**
 * One epoch's outcome. Both losses are the training objective's reconstruction part (MAE, mean over samples
 * and rows) over all rows of the set with the parameters at the end of the epoch.
 *
 * @param validationLoss over the validation rows (the train job: the split's test rows, both labels, as the
 *     tutorial's validation_data); null when the fit had none
 */
public record EpochLoss(int epoch, double trainLoss, Double validationLoss, double elapsedSeconds) {}
