package org.ecgautoencoder.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.EvaluatedRows;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.data.SplitBeats;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatArchiveReader;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.SplitSummary;
import org.ecgautoencoder.report.ExampleBeats;
import org.ecgautoencoder.report.ReportData;
import org.ecgautoencoder.report.RunReport;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.score.RecordScore;
import org.ecgautoencoder.score.ScoresWriter;
import org.ecgautoencoder.score.SparkScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The evaluate job as a recipe: check the input width against the bundle -> read -> pick the evaluated
 * rows (the split's test rows, or all) -> score them -> write scores/ and metrics.json.
 */
public final class EvaluationPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluationPipeline.class);

  private final SparkSession spark;
  private final EcgConfig config;

  public EvaluationPipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * The split the model was trained with (its parameters are in the bundle), after checking that this is
   * the archive it was trained on: the normal training rows must have the bundle's fingerprint. So neither a
   * changed split.* setting nor another archive can put training rows under test.
   */
  private static SplitBeats trainingSplit(JavaSparkContext sc, ModelBundle bundle, BeatArchive archive) {
    SplitSummary trained = bundle.manifest().training().split();
    String modelId = bundle.manifest().modelId();
    if (trained.rows() != archive.validCount()) {
      throw new IllegalArgumentException(
          "evaluate.rows = test needs the archive model " + modelId + " was trained on (" + trained.rows()
              + " valid rows) but the input has " + archive.validCount()
              + " valid rows; use --set evaluate.rows=all to evaluate a different labelled archive");
    }
    SplitBeats split =
        SplitBeats.of(sc, archive.beats(), archive.validCount(), new SplitConfig(trained.testFraction(), trained.seed()));
    DataFingerprint fingerprint = DataFingerprint.of(split.normalFitRows(trained.holdout()));
    if (!fingerprint.equals(bundle.manifest().trainingData())) {
      throw new IllegalArgumentException(
          "evaluate.rows = test: the normal training rows of this input (" + fingerprint + ") differ from those model "
              + modelId + " was trained on (" + bundle.manifest().trainingData()
              + "); use --set evaluate.rows=all to evaluate a different labelled archive");
    }
    return split;
  }

  /** The errors of the rows the model learnt from, for the report's histogram. */
  private double[] normalTrainingErrors(JavaSparkContext sc, ModelBundle bundle, SplitBeats split) {
    SplitSummary trained = bundle.manifest().training().split();
    return SparkScorer.errors(sc, split.normalFitRows(trained.holdout()), bundle.scoringModel(), config.evaluate().batchSize());
  }

  private static Map<String, String> facts(ModelBundle bundle, MetricsReport report) {
    Map<String, String> facts = RunReport.facts();
    facts.put("model id", report.modelId());
    facts.put("model type", bundle.manifest().config().at("/model/type").asText("undercomplete"));
    facts.put("threshold", bundle.threshold().describe());
    facts.put("evaluated rows", report.evaluatedRows() + " (" + report.labelledRows() + " labelled)");
    facts.put("accuracy (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().accuracy()));
    facts.put("precision (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().precision()));
    facts.put("recall (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().recall()));
    facts.put("F1 (anomaly positive)", String.format(Locale.ROOT, "%.4f", report.anomalyPositive().f1()));
    facts.put("ROC AUC", String.format(Locale.ROOT, "%.4f", report.rocAuc()));
    facts.put("PR AUC", String.format(Locale.ROOT, "%.4f", report.prAuc()));
    facts.put("training", report.training() + ", " + report.epochs() + " epochs, "
        + String.format(Locale.ROOT, "%.1f s", report.trainSeconds()));
    return facts;
  }

  public MetricsReport run(ModelBundle bundle, Path outputDir) {
    bundle.requireInputWidth(config.input().beatLength(), "input.beat-length of " + config.input().paths());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    BeatArchive archive = BeatArchiveReader.read(sc, config.input());
    RejectsWriter.writeAndCheck(
        spark, archive, outputDir.resolve("rejects/evaluate").toString(), config.input().maxRejectedFraction());
    SplitBeats split = config.evaluate().rows() == EvaluatedRows.TEST ? trainingSplit(sc, bundle, archive) : null;
    JavaRDD<BeatRecord> evaluated = split != null ? split.test() : archive.beats();
    JavaRDD<RecordScore> scores =
        SparkScorer.score(sc, evaluated, bundle.scoringModel(), config.evaluate().batchSize())
            .persist(StorageLevel.MEMORY_AND_DISK());
    String scoresPath = outputDir.resolve("scores").toString();
    ScoresWriter.write(spark, scores, bundle.threshold(), bundle.manifest().modelId(), scoresPath);

    // Only (error, label) pairs reach the driver: 9 bytes a row, for the ranking metrics.
    List<Tuple2<Double, Boolean>> labelled =
        scores
            .filter(score -> score.label() != null)
            .map(score -> new Tuple2<>(score.reconstructionErrorMae(), !score.normalLabel()))
            .collect();
    long scoredRows = scores.count();
    scores.unpersist();
    ReportData.ExampleBeat[] examples = ExampleBeats.of(evaluated, bundle.network(), bundle.normaliser());
    double[] trainingErrors = split != null ? normalTrainingErrors(sc, bundle, split) : null;
    archive.parsedRows().unpersist();
    if (labelled.isEmpty()) {
      throw new IllegalArgumentException(
          "No labelled rows to evaluate in " + config.input().paths() + " (input.label-column = "
              + config.input().labelColumn().name().toLowerCase() + "); scores are in " + scoresPath);
    }
    double[] errors = labelled.stream().mapToDouble(Tuple2::_1).toArray();
    boolean[] isAnomaly = new boolean[labelled.size()];
    for (int i = 0; i < isAnomaly.length; i++) {
      isAnomaly[i] = labelled.get(i)._2();
    }
    EvaluationMetrics metrics = EvaluationMetrics.of(errors, isAnomaly, bundle.threshold().value());
    TrainingSummary training = bundle.manifest().training();
    MetricsReport report =
        new MetricsReport(
            bundle.manifest().modelId(),
            metrics.threshold(),
            bundle.threshold().method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            metrics.normalPositive(),
            metrics.anomalyPositive(),
            metrics.rocAuc(),
            metrics.prAuc(),
            metrics.confusion(),
            training.trainSeconds(),
            training.epochs(),
            training.mode(),
            training.split(),
            config.evaluate().rows().name().toLowerCase(),
            scoredRows,
            labelled.size(),
            archive.rejectedCount());
    Json.write(outputDir.resolve("metrics.json"), report);
    RunReport.write(
        outputDir.resolve("report"),
        new ReportData(
            "Evaluation report: model " + bundle.manifest().modelId(), facts(bundle, report),
            bundle.manifest().config().toPrettyString(), training.history(), metrics.threshold(), examples[0],
            examples[1], trainingErrors, errors, isAnomaly, metrics.rocAuc(), metrics.prAuc(), metrics.confusion()));
    LOG.info(
        "Evaluated {} rows: accuracy {} (normal positive), ROC AUC {}, PR AUC {}; scores in {}",
        labelled.size(), metrics.normalPositive().accuracy(), metrics.rocAuc(), metrics.prAuc(), scoresPath);
    return report;
  }
}
