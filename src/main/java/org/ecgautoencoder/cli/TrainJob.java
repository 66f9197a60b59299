package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.train.TrainingPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: trains the autoencoder and writes OUTPUT/model (the bundle) and OUTPUT/rejects. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the autoencoder on the normal training rows and write the model bundle to OUTPUT/model.")
public final class TrainJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(TrainJob.class);

  @Mixin CommonOptions options;

  @Option(
      names = "--resume",
      description =
          "Continue from the newest complete checkpoint in OUTPUT/checkpoints (train.checkpoints), e.g. after a"
              + " failed run; needs the same configuration and input. Without it, old checkpoints are deleted.")
  boolean resume;

  public static void main(String[] args) {
    System.exit(JobRunner.run("train", new TrainJob(), args));
  }

  @Override
  public Integer call() {
    ConfigLoader loader = options.loadConfig(LOG);
    EcgConfig config = loader.toEcgConfig();
    SparkSession spark = options.startSpark(config);
    try {
      ModelBundle bundle =
          new TrainingPipeline(spark, config, Json.parse(loader.renderJson())).run(options.outputDir(), resume);
      LOG.info(
          "Trained model {} in {} s; threshold {}; bundle at {}",
          bundle.manifest().modelId(), String.format("%.1f", bundle.manifest().training().trainSeconds()),
          bundle.threshold().value(), options.outputDir().resolve("model").toAbsolutePath());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
