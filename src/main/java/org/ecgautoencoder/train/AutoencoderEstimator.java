package org.ecgautoencoder.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigValueFactory;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.TrainingMode;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.LearntRows;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.data.ValidationHoldout;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.model.ScoringModel;
import org.ecgautoencoder.model.Threshold;
import org.ecgautoencoder.model.ThresholdInputs;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.network.CodeLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Trains an autoencoder on the normal beats of a Spark Dataset, in the manner of a Spark ML estimator:
 * {@link #fit} returns an immutable {@link AutoencoderModel}. Any model type, any threshold rule, on the driver
 * or with dl4j-spark parameter averaging, as the configuration says (conf/reference.conf: model.*,
 * normalisation.*, train.*, threshold.*, input.normal-labels and input.beat-length):
 *
 * <pre>{@code
 * AutoencoderModel model = new AutoencoderEstimator().set("model.type", "sparse").fit(beats);
 * }</pre>
 *
 * The rows need a beat column (array of numbers, {@code beat}) and a numeric label column ({@code label}):
 * rows whose label is one of input.normal-labels are the ones learnt from; every row is fitted to the
 * normaliser; the threshold rules that need validation rows hold out threshold.validation-fraction of the rows
 * (a seeded hash of each beat's samples picks them). Immutable: each {@code set}/{@code with} returns a copy.
 */
public final class AutoencoderEstimator {
  private static final Logger LOG = LoggerFactory.getLogger(AutoencoderEstimator.class);

  private final ConfigLoader config;
  private final Dataset<Row> validationRows;
  private final String checkpointFolder;
  private final TrainingStartMode startMode;

  /** The reference configuration: the tutorial's protocol (conf/reference.conf). */
  public AutoencoderEstimator() {
    this(ConfigLoader.load(null, List.of()));
  }

  public AutoencoderEstimator(ConfigLoader config) {
    this(config, null, null, TrainingStartMode.FRESH);
  }

  private AutoencoderEstimator(
      ConfigLoader config, Dataset<Row> validationRows, String checkpointFolder, TrainingStartMode startMode) {
    this.config = config;
    this.validationRows = validationRows;
    this.checkpointFolder = checkpointFolder;
    this.startMode = startMode;
  }

  /** One configuration key, validated at once: {@code set("train.epochs", 60)}, {@code set("model.type", "sparse")}. */
  public AutoencoderEstimator set(String key, Object value) {
    String override = key + "=" + ConfigValueFactory.fromAnyRef(value).render();
    return new AutoencoderEstimator(
        config.withOverrides(List.of(override)), validationRows, checkpointFolder, startMode);
  }

  /** Rows (both labels) whose loss is logged and recorded after every epoch, as Keras' validation_data. */
  public AutoencoderEstimator withValidationRows(Dataset<Row> rows) {
    return new AutoencoderEstimator(config, rows, checkpointFolder, startMode);
  }

  /** Writes train.checkpoints into {@code folder} (any Hadoop path) and, with RESUME, continues from them. */
  public AutoencoderEstimator withCheckpoints(String folder, TrainingStartMode mode) {
    return new AutoencoderEstimator(config, validationRows, folder, mode);
  }

  public AutoencoderModel fit(Dataset<Row> beats) {
    return fitDetailed(beats).model();
  }

  /**
   * The model, and what the train job's report and bundle show besides it.
   *
   * @param normalTrainingErrors the errors of the normal rows learnt from (the threshold's input)
   * @param normalTrainRows how many rows the network learnt from
   * @param heldOutRows rows held out of training to fit the threshold rule on
   */
  public record Fit(AutoencoderModel model, double[] normalTrainingErrors, long normalTrainRows, long heldOutRows) {}

  public Fit fitDetailed(Dataset<Row> beats) {
    EcgConfig settings = config.toEcgConfig();
    ModelColumns.requireBeatColumn(beats.schema(), BeatColumns.BEAT);
    ModelColumns.requireNumericColumn(beats.schema(), BeatColumns.LABEL, "the label, compared with input.normal-labels");
    SparkSession spark = beats.sparkSession();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int width = settings.input().beatLength();
    requireWidth(beats, width);

    ValidationHoldout holdout = new ValidationHoldout(settings.threshold().heldOutFraction(), settings.split().seed());
    JavaRDD<BeatRecord> rows =
        BeatRows.records(beats, BeatColumns.BEAT, BeatColumns.LABEL, settings.input().normalLabels())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<BeatRecord> fitRows = rows.filter(beat -> !holdout.isHeldOut(beat));
    JavaRDD<BeatRecord> heldOut = rows.filter(holdout::isHeldOut).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<BeatRecord> normalTrain = LearntRows.of(fitRows).persist(StorageLevel.MEMORY_AND_DISK());
    Normaliser normaliser = fitNormaliser(fitRows, settings, width);
    long normalTrainRows = normalTrain.count();
    long heldOutRows = heldOut.count();
    LOG.info(
        "Training on {} normal rows ({} held out to fit the threshold); normaliser {}", normalTrainRows, heldOutRows,
        normaliser);
    if (normalTrainRows == 0) {
      throw new IllegalArgumentException(
          "No normal rows to learn from: input.normal-labels = " + settings.input().normalLabels()
              + " matches no value of column " + BeatColumns.LABEL + " (rows without any label are all learnt from)");
    }

    DataFingerprint fingerprint = DataFingerprint.of(normalTrain);
    JsonNode configJson = Json.parse(config.renderJson());
    Optional<TrainingCheckpoints> checkpoints =
        Optional.ofNullable(checkpointFolder)
            .map(folder -> new TrainingCheckpoints(
                new HadoopFiles(sc.hadoopConfiguration()), folder, settings.train().checkpoints(), configJson,
                fingerprint));
    int lastEpoch = settings.train().epochs();
    Optional<TrainingCheckpoints.ResumedTraining> resumed =
        checkpoints.flatMap(store -> store.startingPoint(startMode, lastEpoch));
    MultiLayerNetwork network =
        resumed.map(TrainingCheckpoints.ResumedTraining::network)
            .orElseGet(() -> AutoencoderFactory.network(settings.model(), settings.train(), width));
    TrainingStart start = resumed.map(TrainingCheckpoints.ResumedTraining::start).orElse(TrainingStart.FRESH);
    LOG.info("Network: {} parameters\n{}", network.numParams(), network.summary());
    JavaRDD<BeatRecord> validation =
        validationRows == null
            ? null
            : BeatRows.records(validationRows, BeatColumns.BEAT, BeatColumns.LABEL, settings.input().normalLabels())
                .persist(StorageLevel.MEMORY_AND_DISK());
    EpochListener listener =
        checkpoints.<EpochListener>map(store -> (epoch, net, history, elapsed) -> store.afterEpoch(epoch, lastEpoch, net, history, elapsed))
            .orElse(EpochListener.NONE);
    TrainedNetwork trained =
        trainer(sc, settings, spark).fit(network, new TrainingData(normalTrain, validation, normaliser), start, listener);
    if (validation != null) {
      validation.unpersist();
    }

    ScoringModel scoring = ScoringModel.of(trained.network(), normaliser);
    Broadcast<ScoringModel> shared = scoring.broadcast(sc);
    int batchSize = settings.evaluate().batchSize();
    double[] trainingErrors = toArray(ScoringModel.reconstructionErrors(shared, normalTrain, batchSize).collect());
    Threshold threshold = threshold(settings, shared, trainingErrors, heldOut, batchSize);
    LOG.info("Threshold rule {}: {}", settings.threshold().method(), threshold.describe());
    TrainingSummary summary =
        new TrainingSummary(
            settings.train().mode().name().toLowerCase(), settings.train().epochs(), trained.trainSeconds(),
            trained.history(), null, fingerprint);
    AutoencoderModel model =
        AutoencoderModel.create(trained.network(), scoring, threshold, CodeLayer.of(settings.model()), summary, config);
    heldOut.unpersist();
    normalTrain.unpersist();
    rows.unpersist();
    return new Fit(model, trainingErrors, normalTrainRows, heldOutRows);
  }

  /** The first beat's width against input.beat-length, before any work: a message naming the key. */
  private void requireWidth(Dataset<Row> beats, int width) {
    List<Row> first = beats.where(col(BeatColumns.BEAT).isNotNull()).select(size(col(BeatColumns.BEAT))).limit(1).collectAsList();
    if (!first.isEmpty() && first.get(0).getInt(0) != width) {
      throw new IllegalArgumentException(
          "Column " + BeatColumns.BEAT + " holds beats of " + first.get(0).getInt(0) + " samples but input.beat-length = "
              + width + "; set input.beat-length to the beats' width");
    }
  }

  /**
   * Fitted on every row learnt from or beside (both labels), as the tutorial scales its training rows. Each
   * partition's statistics are merged on the driver in partition order: RDD.aggregate merges them as tasks
   * finish, and a mean and variance merged in another order differ in the last bits.
   */
  private static Normaliser fitNormaliser(JavaRDD<BeatRecord> rows, EcgConfig settings, int width) {
    List<BeatStatistics> partitions =
        rows.mapPartitions(beats -> {
          BeatStatistics stats = new BeatStatistics(width);
          beats.forEachRemaining(beat -> stats.add(beat.samples()));
          return List.of(stats).iterator();
        }).collect();
    BeatStatistics statistics = new BeatStatistics(width);
    partitions.forEach(statistics::merge);
    return Normaliser.fit(settings.normalisation(), statistics);
  }

  private Trainer trainer(JavaSparkContext sc, EcgConfig settings, SparkSession spark) {
    if (settings.train().mode() == TrainingMode.LOCAL) {
      return new LocalTrainer(settings.train());
    }
    return new SparkParameterAveragingTrainer(sc, settings.train(), exportScratch(spark));
  }

  /**
   * Where the export approach writes minibatches on a local master when train.spark.export-directory is empty:
   * under Hadoop's temp folder (the jobs point it at OUTPUT/.scratch/hadoop on local masters), deleted after
   * training. A plain path, not a URI: an encoded space would name another folder. When the output folder's
   * path is one the export cannot name (a space, see {@link TrainingApproachChoice}), the system temp folder.
   */
  private static String exportScratch(SparkSession spark) {
    String tmp = System.getProperty("java.io.tmpdir");
    String base = spark.sparkContext().hadoopConfiguration().get("hadoop.tmp.dir", tmp);
    if (!TrainingApproachChoice.exportable(base) && TrainingApproachChoice.exportable(tmp)) {
      base = tmp;
    }
    return base + "/dl4j-export-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Fits the threshold rule. The errors come to the driver, one double per normal training row and per
   * validation row (8 MB per million rows): rules such as percentiles and best F1 need them all, sorted.
   */
  private static Threshold threshold(
      EcgConfig settings, Broadcast<ScoringModel> scoring, double[] trainingErrors, JavaRDD<BeatRecord> heldOut,
      int batchSize) {
    // One pass: the errors come out partition for partition, row for row, as the beats went in.
    List<Tuple2<Double, Boolean>> scored =
        ScoringModel.reconstructionErrors(scoring, heldOut, batchSize).zip(heldOut.map(beat -> !beat.normal())).collect();
    double[] validationErrors = new double[scored.size()];
    boolean[] validationIsAnomaly = new boolean[scored.size()];
    for (int i = 0; i < scored.size(); i++) {
      validationErrors[i] = scored.get(i)._1();
      validationIsAnomaly[i] = scored.get(i)._2();
    }
    return Threshold.choose(
        settings.threshold(), new ThresholdInputs(trainingErrors, validationErrors, validationIsAnomaly));
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
