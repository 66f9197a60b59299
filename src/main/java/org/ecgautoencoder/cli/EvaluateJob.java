package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: scores labelled rows with a bundle and writes OUTPUT/metrics.json and OUTPUT/scores. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score labelled rows (the split's test rows by default) and write metrics.json and scores/.")
public final class EvaluateJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluateJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", description = "Model bundle folder (default: OUTPUT/model).")
  Path modelDir;

  public static void main(String[] args) {
    System.exit(JobRunner.run("evaluate", new EvaluateJob(), args));
  }

  @Override
  public Integer call() {
    EcgConfig config = options.loadConfig(LOG).toEcgConfig();
    Path bundleDir = modelDir != null ? modelDir : options.outputDir().resolve("model");
    ModelBundle bundle = ModelBundleReader.read(bundleDir);
    LOG.info("Loaded model {} ({} samples per beat) from {}", bundle.manifest().modelId(), bundle.beatLength(), bundleDir);
    SparkSession spark = options.startSpark(config);
    try {
      MetricsReport report = new EvaluationPipeline(spark, config).run(bundle, options.outputDir());
      LOG.info(
          "metrics: accuracy {} precision {} recall {} (normal positive), roc_auc {}, pr_auc {}; written to {}",
          report.normalPositive().accuracy(), report.normalPositive().precision(), report.normalPositive().recall(),
          report.rocAuc(), report.prAuc(), options.outputDir().resolve("metrics.json").toAbsolutePath());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
