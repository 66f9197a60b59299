package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.report.TrainingReport;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingPipeline.TrainingRun;
import org.ecgautoencoder.train.TrainingStartMode;
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
  static final String REPORT_FOLDER = "report";

  @Mixin CommonOptions options;

  @Option(
      names = "--resume",
      description =
          "Continue from the newest complete checkpoint in OUTPUT/checkpoints (train.checkpoints), e.g. after a"
              + " failed run; needs the same configuration and input. Without it, old checkpoints are deleted.")
  boolean resume;

  public static void main(String[] args) {
    JobRunner.exit("train", new TrainJob(), args);
  }

  @Override
  public Integer call() {
    ConfigLoader loader = options.loadConfig(LOG, "train", ConfigUse.TRAIN);
    SparkSession spark = options.startSpark(loader.toEcgConfig());
    try {
      TrainingRun run =
          new TrainingPipeline(spark, loader)
              .run(options.output(), resume ? TrainingStartMode.RESUME : TrainingStartMode.FRESH);
      HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
      TrainingReport.write(files, HadoopFiles.child(options.output(), REPORT_FOLDER), run);
      LOG.info(
          "Trained model {} in {} s; threshold {}; bundle at {}", run.model().id(),
          String.format("%.1f", run.model().training().trainSeconds()), run.model().threshold().value(), run.modelPath());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
