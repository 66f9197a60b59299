package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.BatchFootprint;
import org.ecgautoencoder.report.ScoreReport;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.ecgautoencoder.score.ScoreTable;
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

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder (train's OUTPUT/model), any Hadoop path.")
  String modelDir;

  public static void main(String[] args) {
    JobRunner.exit("score", new ScoreJob(), args);
  }

  @Override
  public Integer call() {
    EcgConfig config = options.loadConfig(LOG, "score", ConfigUse.SCORE).toEcgConfig();
    ScoreTable.requireFreePartitionColumn(config.score().partitionColumn());
    AutoencoderModel model = Models.load(modelDir, LOG);
    Models.requireSegmentErrors(model, config.score().segmentErrors());
    options.requireBatchFits(
        BatchFootprint.ofTransform(model, ScorePipeline.transformOptions(config.score())), "score.batch-size",
        config.score().batchSize(), config, LOG);
    SparkSession spark = options.startSpark(config);
    try {
      ScorePipeline.ScoreResult result = new ScorePipeline(spark, config).run(model, modelDir, options.output());
      ScoreManifest manifest = result.manifest();
      if (config.score().report()) {
        try {
          ScoreReport.write(spark, result);
        } catch (Exception e) {
          // The table is committed and complete; a missing report must not turn that run into a failure. Spark's
          // AnalysisException is a checked exception Scala throws undeclared: a RuntimeException catch misses it.
          LOG.warn("Run {} is committed, but its report could not be written: {}", manifest.runId(), e.toString(), e);
        }
      }
      ScoreManifest.Counts counts = manifest.counts();
      LOG.info(
          "Scored {} records ({} rejected {}, {} anomalies) in {} s: {} records/s; table {} partition {}={}",
          counts.scored(), counts.rejected(), counts.rejectedByReason(), counts.anomalies(),
          String.format("%.1f", manifest.timing().seconds()), String.format("%.0f", manifest.timing().recordsPerSecond()),
          manifest.table(), manifest.partition().column(), manifest.partition().value());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
