package org.ecgautoencoder.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.TrainingMode;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.data.SplitBeats;
import org.ecgautoencoder.data.ValidationHoldout;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatArchiveReader;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.AutoencoderFactory;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleWriter;
import org.ecgautoencoder.model.SplitSummary;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.report.ExampleBeats;
import org.ecgautoencoder.report.ReportData;
import org.ecgautoencoder.report.RunReport;
import org.ecgautoencoder.score.RecordScore;
import org.ecgautoencoder.score.ScoringModel;
import org.ecgautoencoder.score.SparkScorer;
import org.ecgautoencoder.score.Threshold;
import org.ecgautoencoder.score.ThresholdInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train job as a recipe: read -> reject bad rows -> split -> fit the normaliser on training rows ->
 * train on normal training rows -> threshold from their errors -> write the bundle.
 */
public final class TrainingPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingPipeline.class);

  private final SparkSession spark;
  private final EcgConfig config;
  private final JsonNode configJson;

  /** @param configJson the resolved configuration, stored in the bundle */
  public TrainingPipeline(SparkSession spark, EcgConfig config, JsonNode configJson) {
    this.spark = spark;
    this.config = config;
    this.configJson = configJson;
  }

  /** Trains from scratch (deleting checkpoints an earlier run left in {@code outputDir}). */
  public ModelBundle run(Path outputDir) {
    return run(outputDir, false);
  }

  /**
   * @param resume continue from the newest complete checkpoint in OUTPUT/checkpoints (from scratch when there
   *     is none); the run must have the settings and training rows the checkpoint was trained with
   */
  public ModelBundle run(Path outputDir, boolean resume) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    BeatArchive archive = BeatArchiveReader.read(sc, config.input());
    RejectsWriter.writeAndCheck(
        spark, archive, outputDir.resolve("rejects/train").toString(), config.input().maxRejectedFraction());
    SplitBeats split = SplitBeats.of(sc, archive.beats(), archive.validCount(), config.split());
    ValidationHoldout holdout = new ValidationHoldout(config.threshold().heldOutFraction(), config.split().seed());
    JavaRDD<BeatRecord> thresholdRows = split.heldOut(holdout).persist(StorageLevel.MEMORY_AND_DISK());
    Normaliser normaliser = fitNormaliser(split.fitRows(holdout));
    JavaRDD<BeatRecord> normalTrain = split.normalFitRows(holdout).persist(StorageLevel.MEMORY_AND_DISK());
    long normalTrainRows = normalTrain.count();
    long thresholdRowCount = thresholdRows.count();
    LOG.info(
        "Split {} rows: {} train ({} normal, the training set; {} held out to fit the threshold), {} test; "
            + "normaliser {}",
        archive.validCount(), split.split().trainCount(), normalTrainRows, thresholdRowCount,
        split.split().testCount(), normaliser);
    if (normalTrainRows == 0) {
      throw new IllegalArgumentException(
          "No normal rows among the " + split.split().trainCount() + " training rows; input.normal-labels = "
              + config.input().normalLabels() + " matches none of the labels in " + config.input().paths());
    }

    DataFingerprint fingerprint = DataFingerprint.of(normalTrain);
    TrainingCheckpoints checkpoints =
        new TrainingCheckpoints(outputDir, config.train().checkpoints(), configJson, fingerprint);
    int lastEpoch = config.train().epochs();
    Optional<TrainingCheckpoints.ResumedTraining> resumed = checkpoints.startingPoint(resume, lastEpoch);
    MultiLayerNetwork network =
        resumed.map(TrainingCheckpoints.ResumedTraining::network)
            .orElseGet(() -> AutoencoderFactory.network(config.model(), config.train(), config.input().beatLength()));
    TrainingStart start = resumed.map(TrainingCheckpoints.ResumedTraining::start).orElse(TrainingStart.FRESH);
    LOG.info("Network: {} parameters\n{}", network.numParams(), network.summary());
    // The validation rows are scored after every epoch: keep them rather than re-derive them each time.
    JavaRDD<BeatRecord> validation = split.test().persist(StorageLevel.MEMORY_AND_DISK());
    TrainedNetwork trained =
        trainer(sc, outputDir).fit(
            network, new TrainingData(normalTrain, validation, normaliser), start,
            (epoch, net, history, elapsed) -> checkpoints.afterEpoch(epoch, lastEpoch, net, history, elapsed));
    validation.unpersist();

    ScoringModel scoringModel = ScoringModel.of(trained.network(), normaliser);
    double[] trainingErrors = SparkScorer.errors(sc, normalTrain, scoringModel, config.evaluate().batchSize());
    Threshold threshold = threshold(sc, trainingErrors, thresholdRows, scoringModel);
    thresholdRows.unpersist();
    LOG.info("Threshold rule {}: {}", config.threshold().method(), threshold.describe());
    TrainingSummary summary =
        new TrainingSummary(
            config.train().mode().name().toLowerCase(),
            config.train().epochs(),
            trained.trainSeconds(),
            trained.history(),
            new SplitSummary(
                SplitSummary.METHOD, config.split().testFraction(), config.split().seed(), archive.validCount(),
                split.split().trainCount(), split.split().testCount(), normalTrainRows, holdout.fraction(), thresholdRowCount));
    ModelBundle bundle =
        ModelBundleWriter.write(
            outputDir.resolve("model"), trained.network(), normaliser, threshold, summary,
            fingerprint, configJson);
    ReportData.ExampleBeat[] examples = ExampleBeats.of(split.fitRows(holdout), trained.network(), normaliser);
    RunReport.write(
        outputDir.resolve("report"),
        new ReportData(
            "Training report: model " + bundle.manifest().modelId(), facts(bundle, summary), configJson.toPrettyString(),
            trained.history(), threshold.value(), examples[0], examples[1], trainingErrors, null, null, null, null,
            null));
    normalTrain.unpersist();
    archive.parsedRows().unpersist();
    return bundle;
  }

  private Map<String, String> facts(ModelBundle bundle, TrainingSummary summary) {
    Map<String, String> facts = RunReport.facts();
    facts.put("model id", bundle.manifest().modelId());
    facts.put("model type", configJson.at("/model/type").asText("undercomplete"));
    facts.put("threshold", bundle.threshold().describe());
    facts.put("training", summary.mode() + ", " + summary.epochs() + " epochs, "
        + String.format(Locale.ROOT, "%.1f s", summary.trainSeconds()) + " on "
        + summary.split().normalTrainRows() + " normal training rows");
    facts.put("test rows", summary.split().testRows() + " (evaluate reports on them)");
    return facts;
  }

  private Normaliser fitNormaliser(JavaRDD<BeatRecord> trainRows) {
    int beatLength = config.input().beatLength();
    BeatStatistics statistics =
        trainRows.aggregate(
            new BeatStatistics(beatLength), (stats, beat) -> stats.add(beat.samples()), BeatStatistics::merge);
    return Normaliser.fit(config.normalisation(), statistics);
  }

  private Trainer trainer(JavaSparkContext sc, Path outputDir) {
    if (config.train().mode() == TrainingMode.LOCAL) {
      return new LocalTrainer(config.train());
    }
    String exportScratch = outputDir.resolve(".scratch/dl4j-export").toAbsolutePath().toUri().toString();
    return new SparkParameterAveragingTrainer(sc, config.train(), exportScratch);
  }

  /**
   * Fits the threshold rule. The errors come to the driver, one double per normal training row and per
   * validation row (8 MB per million rows): rules such as percentiles and best F1 need them all, sorted.
   */
  private Threshold threshold(
      JavaSparkContext sc, double[] trainingErrors, JavaRDD<BeatRecord> validation, ScoringModel model) {
    List<RecordScore> validationScores =
        SparkScorer.score(sc, validation, model, config.evaluate().batchSize()).collect();
    double[] validationErrors = new double[validationScores.size()];
    boolean[] validationIsAnomaly = new boolean[validationScores.size()];
    for (int i = 0; i < validationErrors.length; i++) {
      validationErrors[i] = validationScores.get(i).reconstructionErrorMae();
      validationIsAnomaly[i] = !validationScores.get(i).normalLabel();
    }
    return Threshold.choose(
        config.threshold(), new ThresholdInputs(trainingErrors, validationErrors, validationIsAnomaly));
  }
}
