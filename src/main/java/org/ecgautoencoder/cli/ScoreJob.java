package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.report.ScoreReport;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * spark-submit entry point: scores beat archives with a model bundle into a partitioned Parquet table at
 * OUTPUT, with OUTPUT/_manifest.json, OUTPUT/_rejects/ and OUTPUT/_SUCCESS.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Score beat archives (CSV, gzip CSV, Parquet) with a model bundle into a Parquet table partitioned by "
            + "score.partition-column; a rerun of the same partition replaces it.")
public final class ScoreJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder (train's OUTPUT/model).")
  Path modelDir;

  @Option(
      names = "--io-baseline",
      description =
          "Benchmark only: read and write exactly as scoring does but without the model (the error column holds a stand-in).")
  boolean ioBaseline;

  public static void main(String[] args) {
    System.exit(JobRunner.run("score", new ScoreJob(), args));
  }

  @Override
  public Integer call() {
    EcgConfig config = options.loadConfig(LOG).toEcgConfig();
    ModelBundle bundle = ModelBundleReader.read(modelDir);
    LOG.info("Loaded model {} ({} samples per beat) from {}", bundle.manifest().modelId(), bundle.beatLength(), modelDir);
    SparkSession spark = options.startSpark(config);
    try {
      ScorePipeline pipeline = new ScorePipeline(spark, config);
      ScoreManifest manifest = pipeline.run(bundle, modelDir.toAbsolutePath().toString(), options.output, ioBaseline);
      if (config.score().report() && !ioBaseline) {
        try {
          ScoreReport.write(spark, manifest, pipeline.worstBeats());
        } catch (RuntimeException e) {
          // The table is committed and complete; a missing report must not turn that run into a failure.
          LOG.warn("Run {} is committed, but its report could not be written: {}", manifest.runId(), e.toString(), e);
        }
      }
      LOG.info(
          "Scored {} records ({} rejected {}, {} anomalies) in {} s: {} records/s; table {} partition {}={}",
          manifest.recordsScored(), manifest.recordsRejected(), manifest.rejectedByReason(), manifest.anomalies(),
          String.format("%.1f", manifest.seconds()), String.format("%.0f", manifest.recordsPerSecond()),
          manifest.table(), manifest.partitionColumn(), manifest.partitionValue());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
