package org.ecgautoencoder.train;

import java.util.regex.Pattern;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.ecgautoencoder.config.SparkTrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks dl4j-spark's RDD training approach. Export (faster) refuses to run on a non-local master whose
 * default filesystem is {@code file:}, so on a cluster it needs an export directory on a shared filesystem;
 * without one, Direct works everywhere.
 *
 * <p>Export also needs a folder whose path is a URI as written: dl4j-spark names each minibatch file {@code new
 * URI(directory + "/" + name)} and reads it back by that URI's text, so a space fails to parse and an escaped one
 * (%20) would name another folder. Such a folder is refused when configured, and makes the default local scratch
 * fall back to Direct.
 *
 * @param exportDirectory where Export writes minibatches; null for Direct
 */
public record TrainingApproachChoice(RDDTrainingApproach approach, String exportDirectory) {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingApproachChoice.class);
  /** What a URI path holds unescaped, less what dl4j-spark or Hadoop would read otherwise ('%', '?', '#'). */
  private static final Pattern EXPORTABLE = Pattern.compile("[A-Za-z0-9/._~:+=@,!$&'()*;-]+");

  public static TrainingApproachChoice choose(SparkTrainingConfig config, String master, String localScratchDir) {
    return switch (config.rddTrainingApproach()) {
      case EXPORT -> config.hasExportDirectory() ? configured(config) : local(localScratchDir);
      case DIRECT -> direct();
      case AUTO -> {
        if (config.hasExportDirectory()) {
          yield configured(config);
        }
        yield master.startsWith("local") ? local(localScratchDir) : direct();
      }
    };
  }

  /** Whether dl4j-spark's export can write minibatches under {@code directory} and read them back. */
  public static boolean exportable(String directory) {
    return EXPORTABLE.matcher(directory).matches();
  }

  private static TrainingApproachChoice configured(SparkTrainingConfig config) {
    if (!exportable(config.exportDirectory())) {
      throw new IllegalArgumentException(
          "train.spark.export-directory = \"" + config.exportDirectory() + "\" has characters dl4j-spark's export "
              + "cannot name (it reads the folder as a URI: letters, digits and / . _ ~ : + = @ - only); choose "
              + "another folder, or set train.spark.rdd-training-approach = direct");
    }
    return new TrainingApproachChoice(RDDTrainingApproach.Export, config.exportDirectory());
  }

  private static TrainingApproachChoice local(String localScratchDir) {
    if (!exportable(localScratchDir)) {
      LOG.info(
          "Training with the direct approach: the local scratch {} has characters dl4j-spark's export cannot name",
          localScratchDir);
      return direct();
    }
    return new TrainingApproachChoice(RDDTrainingApproach.Export, localScratchDir);
  }

  private static TrainingApproachChoice direct() {
    return new TrainingApproachChoice(RDDTrainingApproach.Direct, null);
  }
}
