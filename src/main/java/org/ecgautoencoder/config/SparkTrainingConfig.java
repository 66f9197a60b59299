package org.ecgautoencoder.config;

import java.io.Serializable;

/** dl4j-spark ParameterAveragingTrainingMaster settings. */
public record SparkTrainingConfig(
    int workers,
    int batchSizePerWorker,
    int averagingFrequency,
    RddTrainingApproach rddTrainingApproach,
    String exportDirectory,
    int prefetchBatches,
    String storageLevel)
    implements Serializable {

  public SparkTrainingConfig {
    ConfigChecks.atLeast(workers, 0, "train.spark.workers");
    ConfigChecks.atLeast(batchSizePerWorker, 1, "train.spark.batch-size-per-worker");
    ConfigChecks.atLeast(averagingFrequency, 1, "train.spark.averaging-frequency");
    ConfigChecks.atLeast(prefetchBatches, 0, "train.spark.prefetch-batches");
    try {
      org.apache.spark.storage.StorageLevel.fromString(storageLevel);
    } catch (IllegalArgumentException e) {
      ConfigChecks.check(false, "train.spark.storage-level", storageLevel, "a Spark storage level such as MEMORY_ONLY");
    }
  }

  public boolean hasExportDirectory() {
    return !exportDirectory.isBlank();
  }
}
