package org.ecgautoencoder.config;

import java.io.Serializable;

/** Optimisation protocol: Adam over shuffled minibatches of normal training rows for a fixed number of epochs. */
public record TrainConfig(
    TrainingMode mode,
    int epochs,
    int batchSize,
    double learningRate,
    double adamBeta1,
    double adamBeta2,
    double adamEpsilon,
    long seed,
    boolean shuffle,
    SparkTrainingConfig spark,
    CheckpointConfig checkpoints)
    implements Serializable {

  public TrainConfig {
    ConfigChecks.atLeast(epochs, 1, "train.epochs");
    ConfigChecks.atLeast(batchSize, 1, "train.batch-size");
    ConfigChecks.positive(learningRate, "train.learning-rate");
    ConfigChecks.check(adamBeta1 >= 0 && adamBeta1 < 1, "train.adam-beta1", adamBeta1, "a number in [0, 1)");
    ConfigChecks.check(adamBeta2 >= 0 && adamBeta2 < 1, "train.adam-beta2", adamBeta2, "a number in [0, 1)");
    ConfigChecks.positive(adamEpsilon, "train.adam-epsilon");
  }
}
