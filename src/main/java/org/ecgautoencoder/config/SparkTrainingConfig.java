package org.ecgautoencoder.config;

import java.io.Serializable;

/** dl4j-spark ParameterAveragingTrainingMaster settings. */
public record SparkTrainingConfig(
    int workers,
    int batchSizePerWorker,
    int averagingFrequency,
    RddTrainingApproach rddTrainingApproach,
    String exportDirectory,
    int prefetchBatches)
    implements Serializable {

  public SparkTrainingConfig {
    ConfigChecks.atLeast(workers, 0, "train.spark.workers");
    ConfigChecks.atLeast(batchSizePerWorker, 1, "train.spark.batch-size-per-worker");
    ConfigChecks.atLeast(averagingFrequency, 1, "train.spark.averaging-frequency");
    ConfigChecks.atLeast(prefetchBatches, 0, "train.spark.prefetch-batches");
  }

  public boolean hasExportDirectory() {
    return !exportDirectory.isBlank();
  }
}
