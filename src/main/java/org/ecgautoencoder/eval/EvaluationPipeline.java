package org.ecgautoencoder.eval;

import static org.apache.spark.sql.functions.col;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.EnumNames;
import org.ecgautoencoder.config.EvaluatedRows;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.data.LearntRows;
import org.ecgautoencoder.data.SplitRows;
import org.ecgautoencoder.data.ValidationHoldout;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.model.SplitSummary;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.model.TransformOptions;
import org.ecgautoencoder.recording.RecordingSummary;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.ecgautoencoder.score.ScoreRun;
import org.ecgautoencoder.score.ScoreTableWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluate job as a recipe: open the archive and check it against the model -> pick the evaluated rows (the
 * split's test rows, or all) -> the model's transform -> the scores table at OUTPUT/scores (the score job's
 * writer: same columns, same record ids, same commit) -> metrics.json.
 */
public final class EvaluationPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluationPipeline.class);
  public static final String SCORES_FOLDER = "scores";
  public static final String METRICS_FILE = "metrics.json";

  private final SparkSession spark;
  private final EcgConfig config;

  public EvaluationPipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * What an evaluation found.
   *
   * @param errors and {@code isAnomaly}: the labelled evaluated rows' errors and true classes, for the report
   * @param normalTrainingErrors the errors of the rows the model learnt from (rows = test), else null
   * @param evaluatedRows the rows evaluated (reader columns), where the report takes its example beats from
   * @param normalLabels the labels this run counts as normal (input.normal-labels): its metrics' and report's
   * @param recordings for recordings, each record's outcome and the signal around the worst ones; else null
   */
  public record EvaluationRun(
      MetricsReport metrics, double[] errors, boolean[] isAnomaly, double[] normalTrainingErrors,
      Dataset<Row> evaluatedRows, Set<Double> normalLabels, ScoreManifest scores, RecordingReview recordings) {}

  public EvaluationRun run(AutoencoderModel model, String modelPath, String output) {
    InputConfig input = model.inputSettings(config.input());
    BeatArchive archive = ArchiveReader.open(spark, input, "model " + model.id());
    boolean testRows = config.evaluate().rows() == EvaluatedRows.TEST;
    // Only the split needs the valid rows counted and numbered: then the archive is cached for its passes.
    Dataset<Row> beats = testRows ? archive.beats().persist(StorageLevel.MEMORY_AND_DISK()) : archive.beats();
    long valid = testRows ? beats.count() : 0;
    SplitRows split = testRows ? trainingSplit(model, beats, valid) : null;
    JavaRDD<BeatRecord> learnt = split != null ? normalFitRows(model, split) : null;
    if (learnt != null) {
      requireTrainingRows(model, learnt);
    }
    Dataset<Row> evaluated = split != null ? split.test() : beats;
    Dataset<Row> scored =
        model.transform(evaluated, transformOptions(config))
            .persist(StorageLevel.MEMORY_AND_DISK());
    ScoreRun run = ScoreRun.start(ScoreManifest.Model.of(model, modelPath), config.score());
    ScoreTableWriter writer = new ScoreTableWriter(spark, config.score(), input);
    String table = HadoopFiles.child(output, SCORES_FOLDER);
    // With test rows, the reject limit and the rows-read count cover every valid row read, not only those scored.
    ScoreManifest scores =
        split == null
            ? writer.write(scored, archive, run, table)
            : archive.isRecordings()
                ? writer.writeSubset(scored, archive, valid, evaluatedRecords(archive, split), run, table)
                : writer.writeSubset(scored, archive, valid, run, table);

    List<RecordingSummary> evaluatedRecords = archive.isRecordings() ? evaluatedRecords(archive, split) : null;
    // Per record and around its worst stretch, while the scored rows are cached.
    RecordingReview review =
        evaluatedRecords != null
            ? RecordingReview.of(
                scored, evaluatedRecords, InputFormat.valueOf(archive.format().toUpperCase(Locale.ROOT)),
                spark.sparkContext().hadoopConfiguration())
            : null;
    // Only (error, label) pairs reach the driver: 16 bytes a row, for the ranking metrics.
    List<Row> labelled =
        scored.where(col(BeatColumns.LABEL).isNotNull())
            .select(col(ModelColumns.RECONSTRUCTION_ERROR), col(BeatColumns.LABEL))
            .collectAsList();
    scored.unpersist();
    // The rows the model learnt from, for the report's histogram.
    double[] trainingErrors = learnt != null ? model.reconstructionErrors(learnt, config.evaluate().batchSize()) : null;
    if (labelled.isEmpty()) {
      throw new IllegalArgumentException(
          "No labelled rows to evaluate in " + input.paths() + " (input.label-column = "
              + input.labelColumn().name().toLowerCase() + "); the scores are in " + scores.table());
    }
    double[] errors = new double[labelled.size()];
    double[] labels = new double[labelled.size()];
    boolean[] isAnomaly = new boolean[labelled.size()];
    for (int i = 0; i < errors.length; i++) {
      errors[i] = labelled.get(i).getDouble(0);
      labels[i] = labelled.get(i).getDouble(1);
      isAnomaly[i] = !input.isNormalLabel(labels[i]);
    }
    RecordingMetrics recordings =
        archive.isRecordings()
            ? RecordingMetrics.of(evaluatedRecords, errors, labels, model.threshold().value())
            : null;
    EvaluationMetrics metrics = EvaluationMetrics.of(errors, isAnomaly, model.threshold().value());
    TrainingSummary training = model.training();
    MetricsReport report =
        new MetricsReport(
            model.id(), metrics.threshold(),
            EnumNames.dashed(model.threshold().method()), metrics.normalPositive(),
            metrics.anomalyPositive(), metrics.rocAuc(), metrics.prAuc(), metrics.confusion(), training.trainSeconds(),
            training.epochs(), training.mode(), training.split(), config.evaluate().rows().name().toLowerCase(),
            scores.counts().scored(), labelled.size(), scores.counts().rejected(), recordings);
    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    Json.write(files, HadoopFiles.child(output, METRICS_FILE), report);
    LOG.info(
        "Evaluated {} rows: accuracy {} (normal positive), ROC AUC {}, PR AUC {}; scores in {}", labelled.size(),
        metrics.normalPositive().accuracy(), metrics.rocAuc(), metrics.prAuc(), scores.table());
    if (recordings != null) {
      LOG.info(
          "Recordings: R-peak detection Se {} +P {} over {} reference beats; {}", recordings.detection().sensitivity(),
          recordings.detection().positivePredictivity(), recordings.detection().referenceBeats(),
          recordings.classes().stream().map(c -> c.name() + " ROC AUC " + c.rocAuc() + " (" + c.beats() + " beats)")
              .toList());
    }
    beats.unpersist();
    return new EvaluationRun(
        report, errors, isAnomaly, trainingErrors, evaluated, input.normalLabels(), scores, review);
  }

  /**
   * The summaries of the records evaluated: all read, or with a split only the test records (by-record: those
   * the split chose, a record that gave no beat included; by rows: those with test rows).
   */
  private static List<RecordingSummary> evaluatedRecords(BeatArchive archive, SplitRows split) {
    List<RecordingSummary> all = archive.recordingSummaries();
    if (split == null) {
      return all;
    }
    Set<String> test =
        new HashSet<>(
            split.testRecords() != null
                ? split.testRecords()
                : split.test().select(col(BeatColumns.RECORD_ID)).distinct().as(Encoders.STRING()).collectAsList());
    return all.stream().filter(summary -> test.contains(summary.recordId())).toList();
  }

  /**
   * The split the model was trained with (its parameters are in the bundle), after checking that the input has
   * as many valid rows as the archive it was trained on.
   */
  private SplitRows trainingSplit(AutoencoderModel model, Dataset<Row> beats, long valid) {
    SplitSummary trained = model.training().split();
    if (trained == null) {
      throw new IllegalArgumentException(
          "evaluate.rows = test needs the split model " + model.id() + " was trained with, but it was fitted on rows"
              + " its caller chose (no split in its bundle); use --set evaluate.rows=all");
    }
    if (trained.rows() != valid) {
      throw new IllegalArgumentException(
          "evaluate.rows = test needs the archive model " + model.id() + " was trained on (" + trained.rows()
              + " valid rows) but the input has " + valid
              + " valid rows; use --set evaluate.rows=all to evaluate a different labelled archive");
    }
    return SplitRows.of(beats, valid, new SplitConfig(trained.splitMethod(), trained.testFraction(), trained.seed()));
  }

  /**
   * The rows the split says the model learnt from must be those it did (the bundle's fingerprint of them): so
   * neither a changed split.* setting nor another archive can put training rows under test.
   */
  private static void requireTrainingRows(AutoencoderModel model, JavaRDD<BeatRecord> learnt) {
    DataFingerprint fingerprint = DataFingerprint.of(learnt);
    if (!fingerprint.equals(model.training().trainingData())) {
      throw new IllegalArgumentException(
          "evaluate.rows = test: the normal training rows of this input (" + fingerprint + ") differ from those model "
              + model.id() + " was trained on (" + model.training().trainingData()
              + "); use --set evaluate.rows=all to evaluate a different labelled archive");
    }
  }

  /**
   * The normal training rows not held out for the threshold: what the model learnt from, normal by the labels
   * it was trained with (whatever this run's input.normal-labels say).
   */
  private static JavaRDD<BeatRecord> normalFitRows(AutoencoderModel model, SplitRows split) {
    ValidationHoldout holdout = model.training().split().holdout();
    return LearntRows.of(
        BeatRows.records(
                split.train(), BeatColumns.BEAT, BeatColumns.LABEL, model.trainingConfig().input().normalLabels())
            .filter(beat -> !holdout.isHeldOut(beat)));
  }

  /** score.segment-errors and score.latent-code as the score job takes them, at evaluate.batch-size rows per pass. */
  public static TransformOptions transformOptions(EcgConfig config) {
    return ScorePipeline.transformOptions(config.score()).withBatchSize(config.evaluate().batchSize());
  }
}
