package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.eval.EvaluationPipeline.EvaluationRun;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.BatchFootprint;
import org.ecgautoencoder.report.EvaluationReport;
import org.ecgautoencoder.score.ScoreTable;
import org.ecgautoencoder.train.TrainingPipeline;
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

  @Option(names = "--model", paramLabel = "DIR", description = "Model bundle folder, any Hadoop path (default: OUTPUT/model).")
  String modelDir;

  public static void main(String[] args) {
    JobRunner.exit("evaluate", new EvaluateJob(), args);
  }

  @Override
  public Integer call() {
    EcgConfig config = options.loadConfig(LOG, "evaluate", ConfigUse.EVALUATE).toEcgConfig();
    ScoreTable.requireFreePartitionColumn(config.score().partitionColumn());
    String bundle = modelDir != null ? modelDir : HadoopFiles.child(options.output(), TrainingPipeline.MODEL_FOLDER);
    AutoencoderModel model = Models.load(bundle, LOG);
    Models.requireSegmentErrors(model, config.score().segmentErrors());
    options.requireBatchFits(
        BatchFootprint.ofTransform(model, EvaluationPipeline.transformOptions(config)), "evaluate.batch-size",
        config.evaluate().batchSize(), config, LOG);
    SparkSession spark = options.startSpark(config);
    try {
      EvaluationRun run = new EvaluationPipeline(spark, config).run(model, bundle, options.output());
      HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
      EvaluationReport.write(files, HadoopFiles.child(options.output(), TrainJob.REPORT_FOLDER), model, run);
      MetricsReport report = run.metrics();
      LOG.info(
          "metrics: accuracy {} precision {} recall {} (normal positive), roc_auc {}, pr_auc {}; written to {}",
          report.normalPositive().accuracy(), report.normalPositive().precision(), report.normalPositive().recall(),
          report.rocAuc(), report.prAuc(), HadoopFiles.child(options.output(), EvaluationPipeline.METRICS_FILE));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
