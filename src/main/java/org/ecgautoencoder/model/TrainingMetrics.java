package org.ecgautoencoder.model;

import java.util.List;
import org.ecgautoencoder.score.Threshold;
import org.ecgautoencoder.train.EpochLoss;

/**
 * What is known about a model when training ends (the test-set metrics come later, from evaluate).
 *
 * @param finalTrainLoss MAE over the normal training rows after the last epoch
 * @param finalValidationLoss MAE over the split's test rows after the last epoch
 * @param normalTrainErrorMean mean per-row error over the normal training rows (threshold input)
 * @param normalTrainErrorStd their population standard deviation
 */
public record TrainingMetrics(
    double finalTrainLoss, double finalValidationLoss, double normalTrainErrorMean, double normalTrainErrorStd) {

  public static TrainingMetrics of(List<EpochLoss> history, Threshold threshold) {
    EpochLoss last = history.get(history.size() - 1);
    return new TrainingMetrics(
        last.trainLoss(), last.validationLoss(), threshold.trainingErrorMean(), threshold.trainingErrorStd());
  }
}
