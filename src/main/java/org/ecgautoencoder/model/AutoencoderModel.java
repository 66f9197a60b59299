package org.ecgautoencoder.model;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.EnumNames;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.ModelType;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.Checksums;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.io.ParameterFile;
import org.ecgautoencoder.network.CodeLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trained autoencoder with its normaliser and threshold: immutable, saved to and loaded from any Hadoop path,
 * and applied to any Spark Dataset whose beats are an array column, in the manner of a Spark ML model.
 *
 * <pre>{@code
 * AutoencoderModel model = AutoencoderModel.load("hdfs:///models/ecg");
 * Dataset<Row> scored = model.transform(spark.read().parquet("hdfs:///ecg/beats"));
 * scored.where("is_anomaly").write().parquet("hdfs:///ecg/anomalies");
 * }</pre>
 *
 * {@link #transform} adds {@code reconstruction_error}, {@code threshold} and {@code is_anomaly} (and on
 * request {@code segment_errors} and {@code latent_code}) in batches of rows per forward pass, the model
 * broadcast once; evaluate and score go through it, and training's threshold and per-epoch losses through the
 * same forward pass on the beats training holds ({@link #reconstructionErrors}).
 */
public final class AutoencoderModel {
  public static final int FORMAT_VERSION = 3;
  private static final Logger LOG = LoggerFactory.getLogger(AutoencoderModel.class);

  private final ScoringModel scoring;
  private final ModelManifest manifest;
  private final EcgConfig trainingConfig;
  /** Which inference path scores this network, for the log (worked out once, from a network at hand). */
  private final String forwardPath;

  AutoencoderModel(ScoringModel scoring, ModelManifest manifest, EcgConfig trainingConfig, String forwardPath) {
    this.scoring = scoring;
    this.manifest = manifest;
    this.trainingConfig = trainingConfig;
    this.forwardPath = forwardPath;
  }

  /**
   * A newly trained model: its bundle files' contents and id are computed here, so the id is known before it is
   * saved and is the one a load recomputes.
   *
   * @param config the training run's resolved configuration, stored in the bundle
   */
  public static AutoencoderModel create(
      MultiLayerNetwork network, Normaliser normaliser, Threshold threshold, CodeLayer codeLayer,
      TrainingSummary training, ConfigLoader config) {
    return create(network, ScoringModel.of(network, normaliser), threshold, codeLayer, training, config);
  }

  /** As above, for a caller that already holds the network's {@link ScoringModel} (it is not serialised again). */
  public static AutoencoderModel create(
      MultiLayerNetwork network, ScoringModel scoring, Threshold threshold, CodeLayer codeLayer,
      TrainingSummary training, ConfigLoader config) {
    Normaliser normaliser = scoring.normaliser();
    BundleFiles files = BundleFiles.of(scoring);
    String id =
        ModelIds.of(
            files.networkJson(), files.parameters(), files.normaliserJson(), threshold, codeLayer,
            config.toEcgConfig().input().recording());
    ModelManifest manifest =
        new ModelManifest(
            FORMAT_VERSION, id,
            new ModelManifest.Scoring(
                normaliser.beatLength(), EnumNames.dashed(normaliser.method()), threshold, codeLayer),
            training,
            new ModelManifest.Provenance(
                Instant.now().toString(), LibraryVersions.current(), Json.parse(config.renderJson())),
            files.checksums());
    return new AutoencoderModel(scoring, manifest, config.toEcgConfig(), NetworkForwardPass.describe(network));
  }

  /** The same model, its training summary naming the split its rows came from (what evaluate re-derives). */
  public AutoencoderModel withSplit(SplitSummary split) {
    ModelManifest withSplit =
        new ModelManifest(
            manifest.formatVersion(), manifest.modelId(), manifest.scoring(), manifest.training().withSplit(split),
            manifest.provenance(), manifest.files());
    return new AutoencoderModel(scoring, withSplit, trainingConfig, forwardPath);
  }

  public String id() {
    return manifest.modelId();
  }

  public int beatLength() {
    return manifest.scoring().beatLength();
  }

  public Threshold threshold() {
    return manifest.scoring().threshold();
  }

  public CodeLayer codeLayer() {
    return manifest.scoring().codeLayer();
  }

  public Normaliser normaliser() {
    return scoring.normaliser();
  }

  public TrainingSummary training() {
    return manifest.training();
  }

  public ModelManifest manifest() {
    return manifest;
  }

  /** The training run's configuration, as validated when the model was built or loaded. */
  public EcgConfig trainingConfig() {
    return trainingConfig;
  }

  public ModelType type() {
    return trainingConfig.model().type();
  }

  /** What executors need, broadcast as plain data (network JSON, float parameters, normaliser). */
  public ScoringModel scoringModel() {
    return scoring;
  }

  /** A fresh copy of the network (networks are mutable and not thread-safe; the model stays immutable). */
  public MultiLayerNetwork network() {
    return scoring.network();
  }

  /**
   * A job's input settings as this model reads them: beats as wide as its input and, for recordings, cut as the
   * beats it was trained on (input.recording.* from its bundle, whatever the job's config says), except where the
   * job's reference annotations are and how close a detection must be to match one.
   */
  public InputConfig inputSettings(InputConfig jobInput) {
    return jobInput.readBy(beatLength(), trainingConfig().input().recording());
  }

  /** Fails fast, before any work, when an input's beats are not as wide as the network's input. */
  public void requireInputWidth(int width, String source) {
    if (width != beatLength()) {
      throw new IllegalArgumentException(
          source + " has beats of " + width + " samples but model " + id() + " expects " + beatLength());
    }
  }

  /** The input's schema with the columns {@link #transform(Dataset, TransformOptions)} adds. */
  public StructType transformSchema(StructType input, TransformOptions options) {
    return ModelColumns.outputSchema(input, ModelColumns.Output.SCORES, options);
  }

  /** Adds reconstruction_error, threshold and is_anomaly to every row ({@link TransformOptions#defaults()}). */
  public Dataset<Row> transform(Dataset<Row> beats) {
    return transform(beats, TransformOptions.defaults());
  }

  /** As {@link #transform(Dataset)}, with the options' beat column, batch size and optional columns. */
  public Dataset<Row> transform(Dataset<Row> beats, TransformOptions options) {
    return apply(beats, ModelColumns.Output.SCORES, options);
  }

  /** Adds {@code code}: each beat's code, the layer {@link #codeLayer()} names (dimensionality reduction). */
  public Dataset<Row> encode(Dataset<Row> beats, TransformOptions options) {
    return apply(beats, ModelColumns.Output.CODE, options);
  }

  /** Adds {@code reconstruction}: each beat as the model rebuilds it, in the input's units (denoised). */
  public Dataset<Row> denoise(Dataset<Row> beats, TransformOptions options) {
    return apply(beats, ModelColumns.Output.RECONSTRUCTION, options);
  }

  private Dataset<Row> apply(Dataset<Row> beats, ModelColumns.Output output, TransformOptions options) {
    StructType outputSchema = ModelColumns.outputSchema(beats.schema(), output, options);
    Dataset<Row> input = ModelColumns.withFloatBeats(beats, options.beatColumn());
    StructType schema = input.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    int latentLayer =
        output == ModelColumns.Output.CODE || (output == ModelColumns.Output.SCORES && options.latentCode())
            ? codeLayer().index()
            : -1;
    TransformTask.Settings settings =
        new TransformTask.Settings(
            output, names.indexOf(options.beatColumn()), stringColumn(schema, BeatColumns.RECORD_ID), beatLength(),
            options.batchSize(), output == ModelColumns.Output.SCORES ? options.segmentErrors() : 0, latentLayer,
            threshold(), ((ArrayType) schema.apply(options.beatColumn()).dataType()).containsNull());
    LOG.info("Model {} ({}) scores through {}", id(), type().name().toLowerCase(), forwardPath);
    SparkSession spark = beats.sparkSession();
    Broadcast<ScoringModel> shared = scoring.broadcast(JavaSparkContext.fromSparkContext(spark.sparkContext()));
    JavaRDD<InternalRow> rows =
        input.queryExecution().toRdd().toJavaRDD()
            .mapPartitions(
                new TransformTask(
                    shared, settings,
                    new KeptColumns(schema, settings.beatOrdinal(), options.keepsBeatColumn()),
                    options.worstBeats()));
    return spark.internalCreateDataFrame(rows.rdd(), outputSchema, false);
  }

  /** Where a string column is, for messages and the worst beats; -1 when the input has none of that name and type. */
  private static int stringColumn(StructType schema, String name) {
    List<String> names = Arrays.asList(schema.fieldNames());
    int index = names.indexOf(name);
    return index >= 0 && schema.fields()[index].dataType().equals(DataTypes.StringType) ? index : -1;
  }

  /**
   * The reconstruction errors of beats already taken off Spark's rows (training's threshold), through the same
   * forward pass as {@link #transform}; collected to the driver, 8 bytes a beat, in the RDD's order.
   */
  public double[] reconstructionErrors(JavaRDD<BeatRecord> beats, int batchSize) {
    Broadcast<ScoringModel> shared = scoring.broadcast(JavaSparkContext.fromSparkContext(beats.context()));
    return ScoringModel.reconstructionErrors(shared, beats, batchSize).collect().stream()
        .mapToDouble(Double::doubleValue).toArray();
  }

  /** Saves the bundle to any Hadoop path (a folder), with the active Spark session's Hadoop settings. */
  public void save(String path) {
    save(path, SparkSession.active().sparkContext().hadoopConfiguration());
  }

  public void save(String path, Configuration conf) {
    ModelBundleWriter.write(new HadoopFiles(conf), path, this);
  }

  /** Loads and checks a bundle from any Hadoop path, with the active Spark session's Hadoop settings. */
  public static AutoencoderModel load(String path) {
    return load(path, SparkSession.active().sparkContext().hadoopConfiguration());
  }

  public static AutoencoderModel load(String path, Configuration conf) {
    return ModelBundleReader.read(new HadoopFiles(conf), path);
  }

  /** The bundle's files as bytes: what the id is computed from and what save writes. */
  record BundleFiles(byte[] networkJson, byte[] parameters, byte[] normaliserJson) {
    static final String NETWORK_FILE = "network-configuration.json";
    static final String PARAMETERS_FILE = "parameters.bin";
    static final String NORMALISER_FILE = "normaliser.json";
    static final String MANIFEST_FILE = "model.json";

    static BundleFiles of(ScoringModel scoring) {
      return new BundleFiles(
          scoring.networkJson().getBytes(StandardCharsets.UTF_8), ParameterFile.encode(scoring.parameters()),
          Json.toJson(scoring.normaliser()).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, String> checksums() {
      Map<String, String> files = new LinkedHashMap<>();
      files.put(NETWORK_FILE, Checksums.sha256(networkJson));
      files.put(PARAMETERS_FILE, Checksums.sha256(parameters));
      files.put(NORMALISER_FILE, Checksums.sha256(normaliserJson));
      return files;
    }
  }
}
