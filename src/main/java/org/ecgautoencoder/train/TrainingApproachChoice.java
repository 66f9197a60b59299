package org.ecgautoencoder.train;

import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.ecgautoencoder.config.SparkTrainingConfig;

/**
 * Picks dl4j-spark's RDD training approach. Export (faster) refuses to run on a non-local master whose
 * default filesystem is {@code file:}, so on a cluster it needs an export directory on a shared filesystem;
 * without one, Direct works everywhere.
 *
 * @param exportDirectory where Export writes minibatches; null for Direct
 */
public record TrainingApproachChoice(RDDTrainingApproach approach, String exportDirectory) {

  public static TrainingApproachChoice choose(SparkTrainingConfig config, String master, String localScratchDir) {
    return switch (config.rddTrainingApproach()) {
      case EXPORT -> new TrainingApproachChoice(
          RDDTrainingApproach.Export, config.hasExportDirectory() ? config.exportDirectory() : localScratchDir);
      case DIRECT -> new TrainingApproachChoice(RDDTrainingApproach.Direct, null);
      case AUTO -> {
        if (config.hasExportDirectory()) {
          yield new TrainingApproachChoice(RDDTrainingApproach.Export, config.exportDirectory());
        }
        if (master.startsWith("local")) {
          yield new TrainingApproachChoice(RDDTrainingApproach.Export, localScratchDir);
        }
        yield new TrainingApproachChoice(RDDTrainingApproach.Direct, null);
      }
    };
  }
}
