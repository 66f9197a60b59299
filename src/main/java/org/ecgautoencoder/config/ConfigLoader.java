package org.ecgautoencoder.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads the run's configuration: command-line overrides, then the user's file, then the packaged defaults
 * (a copy of {@code conf/reference.conf}, so every default is defined once). Unknown keys are refused so
 * that a typo cannot silently fall back to a default.
 */
public final class ConfigLoader {
  /** The packaged copy of conf/reference.conf (see the resources section of pom.xml). */
  static final String DEFAULTS_RESOURCE = "ecg-autoencoder/reference.conf";

  private final Config resolved;
  /** Keys the user's file set, and keys --set overrides set: what a job that ignores them must say. */
  private final Set<String> fileKeys;
  private final Set<String> overrideKeys;

  private ConfigLoader(Config resolved) {
    this(resolved, Set.of(), Set.of());
  }

  private ConfigLoader(Config resolved, Set<String> fileKeys, Set<String> overrideKeys) {
    this.resolved = resolved;
    this.fileKeys = Set.copyOf(fileKeys);
    this.overrideKeys = Set.copyOf(overrideKeys);
  }

  /**
   * @param configFile the user's HOCON file, or null for the defaults alone
   * @param overrides {@code key=value} pairs in HOCON syntax, e.g. {@code train.epochs=5}
   */
  public static ConfigLoader load(Path configFile, List<String> overrides) {
    Config defaults = defaults();
    Config merged = defaults;
    Set<String> fileKeys = new TreeSet<>();
    Set<String> overrideKeys = new TreeSet<>();
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new IllegalArgumentException("Config file not found: " + configFile.toAbsolutePath());
      }
      Config file = parse(() -> ConfigFactory.parseFile(configFile.toFile()), configFile.toString());
      file.entrySet().forEach(entry -> fileKeys.add(entry.getKey()));
      merged = file.withFallback(merged);
    }
    for (String override : overrides) {
      Config one = Overrides.parse(override);
      one.entrySet().forEach(entry -> overrideKeys.add(entry.getKey()));
      merged = one.withFallback(merged);
    }
    Config resolved = merged.resolve();
    refuseUnknownKeys(resolved, defaults);
    return new ConfigLoader(resolved, fileKeys, overrideKeys);
  }

  /** Keys --set gave that lie outside {@code usedPrefixes} (a key, or a section ending in '.'). */
  public Set<String> overridesOutside(Set<String> usedPrefixes) {
    return outside(overrideKeys, usedPrefixes);
  }

  /** Keys the --config file set that lie outside {@code usedPrefixes}. */
  public Set<String> fileKeysOutside(Set<String> usedPrefixes) {
    return outside(fileKeys, usedPrefixes);
  }

  private static Set<String> outside(Set<String> keys, Set<String> usedPrefixes) {
    Set<String> unused = new TreeSet<>();
    for (String key : keys) {
      boolean used =
          usedPrefixes.stream().anyMatch(prefix -> prefix.endsWith(".") ? key.startsWith(prefix) : key.equals(prefix));
      if (!used) {
        unused.add(key);
      }
    }
    return unused;
  }

  /**
   * A configuration stored as JSON (a model bundle's), read back through the same checks as a run's: keys
   * this build does not know are refused, keys added since it was written take their defaults.
   *
   * @param source where it comes from, for messages ("model bundle hdfs:///models/a/model.json")
   */
  public static ConfigLoader fromJson(String json, String source) {
    return validated(parse(() -> ConfigFactory.parseString(json), source).withFallback(defaults()));
  }

  /** This configuration with {@code key=value} overrides on top, validated again. */
  public ConfigLoader withOverrides(List<String> overrides) {
    Config merged = resolved;
    for (String override : overrides) {
      merged = Overrides.parse(override).withFallback(merged);
    }
    return validated(merged);
  }

  private static Config defaults() {
    return ConfigFactory.parseResources(DEFAULTS_RESOURCE, ConfigParseOptions.defaults().setAllowMissing(false));
  }

  /** A whole configuration resolved, its keys checked against the defaults' and its values validated. */
  private static ConfigLoader validated(Config merged) {
    Config result = merged.resolve();
    refuseUnknownKeys(result, defaults());
    ConfigLoader loader = new ConfigLoader(result);
    loader.toEcgConfig();
    return loader;
  }

  /** Builds the validated records; the first bad value stops the load with its key and what is allowed. */
  public EcgConfig toEcgConfig() {
    try {
      return new EcgConfig(
          input(resolved),
          new SplitConfig(
              ConfigChecks.enumValue(SplitMethod.class, resolved.getString("split.method"), "split.method"),
              resolved.getDouble("split.test-fraction"), IntegerKeys.longValue(resolved, "split.seed")),
          ConfigChecks.enumValue(
              NormalisationMethod.class, resolved.getString("normalisation.method"), "normalisation.method"),
          model(resolved),
          train(resolved),
          new ThresholdConfig(
              ConfigChecks.enumValue(
                  ThresholdMethod.class, resolved.getString("threshold.method"), "threshold.method"),
              resolved.getDouble("threshold.k"),
              resolved.getDouble("threshold.percentile"),
              resolved.getDouble("threshold.target-false-positive-rate"),
              resolved.getDouble("threshold.validation-fraction")),
          new EvaluateConfig(
              ConfigChecks.enumValue(EvaluatedRows.class, resolved.getString("evaluate.rows"), "evaluate.rows"),
              IntegerKeys.intValue(resolved, "evaluate.batch-size")),
          new ScoreConfig(
              resolved.getString("score.partition-column"),
              resolved.getString("score.partition-value"),
              IntegerKeys.intValue(resolved, "score.batch-size"),
              IntegerKeys.intValue(resolved, "score.segment-errors"),
              resolved.getBoolean("score.latent-code"),
              IntegerKeys.intValue(resolved, "score.progress-interval-seconds"),
              resolved.getBoolean("score.report")),
          new RuntimeConfig(
              resolved.getString("runtime.spark-master"), resolved.getString("runtime.app-name")));
    } catch (ConfigException e) {
      // Wrong types ("train.epochs has type STRING rather than NUMBER") carry the key and the file line.
      throw new IllegalArgumentException("Invalid config: " + e.getMessage(), e);
    }
  }

  /** The resolved configuration as JSON: logged at start and stored in the model bundle. */
  public String renderJson() {
    return resolved.root().render(ConfigRenderOptions.concise());
  }

  private static InputConfig input(Config c) {
    return new InputConfig(
        c.getStringList("input.paths"),
        IntegerKeys.intValue(c, "input.beat-length"),
        ConfigChecks.enumValue(LabelColumn.class, c.getString("input.label-column"), "input.label-column"),
        new java.util.HashSet<>(c.getDoubleList("input.normal-labels")),
        c.getString("input.delimiter"),
        c.getDouble("input.max-rejected-fraction"),
        ConfigChecks.enumValue(InputFormat.class, c.getString("input.format"), "input.format"),
        ConfigChecks.enumValue(CsvIdField.class, c.getString("input.id-field"), "input.id-field"),
        IntegerKeys.bytes(c, "input.csv-split-size"),
        new ParquetInputConfig(
            ConfigChecks.enumValue(ParquetLayout.class, c.getString("input.parquet.layout"), "input.parquet.layout"),
            c.getString("input.parquet.beat-column"),
            c.getString("input.parquet.sample-column-prefix"),
            c.getString("input.parquet.label-column"),
            c.getString("input.parquet.id-column")),
        new RecordingConfig(
            c.getString("input.recording.lead"),
            c.getDouble("input.recording.before-seconds"),
            c.getDouble("input.recording.after-seconds"),
            IntegerKeys.intValue(c, "input.recording.beat-samples"),
            ConfigChecks.enumValue(
                BeatNormalisation.class, c.getString("input.recording.normalisation"), "input.recording.normalisation"),
            ConfigChecks.enumValue(
                BeatCalibration.class, c.getString("input.recording.calibration"), "input.recording.calibration"),
            c.getBoolean("input.recording.rhythm-inputs"),
            IntegerKeys.intValue(c, "input.recording.rhythm-weight"),
            IntegerKeys.intValue(c, "input.recording.local-rr-beats"),
            c.getString("input.recording.annotation-extension"),
            c.getDouble("input.recording.match-tolerance-seconds")),
        new DownloadConfig(
            c.getString("input.download.url"),
            c.getString("input.download.sha256"),
            c.getString("input.download.cache-dir")));
  }

  private static ModelConfig model(Config c) {
    return new ModelConfig(
        ConfigChecks.enumValue(ModelType.class, c.getString("model.type"), "model.type"),
        IntegerKeys.intList(c, "model.encoder-layers"),
        IntegerKeys.intList(c, "model.decoder-layers"),
        c.getString("model.hidden-activation"),
        c.getString("model.output-activation"),
        c.getString("model.weight-init"),
        new SparseConfig(
            IntegerKeys.intValue(c, "model.sparse.code-size"),
            ConfigChecks.enumValue(SparsityPenalty.class, c.getString("model.sparse.penalty"), "model.sparse.penalty"),
            c.getDouble("model.sparse.weight"),
            c.getDouble("model.sparse.target"),
            c.getDouble("model.sparse.dropout")),
        new DenoisingConfig(
            ConfigChecks.enumValue(CorruptionKind.class, c.getString("model.denoising.noise"), "model.denoising.noise"),
            c.getDouble("model.denoising.std"),
            c.getDouble("model.denoising.mask-fraction")),
        new ContractiveConfig(c.getDouble("model.contractive.lambda")),
        new VariationalConfig(
            IntegerKeys.intValue(c, "model.variational.latent-size"),
            c.getDouble("model.variational.beta"),
            c.getDouble("model.variational.reconstruction-scale"),
            ConfigChecks.enumValue(
                VariationalScore.class, c.getString("model.variational.score"), "model.variational.score"),
            IntegerKeys.intValue(c, "model.variational.score-samples")),
        new ConvolutionalConfig(
            IntegerKeys.intList(c, "model.convolutional.filters"),
            IntegerKeys.intValue(c, "model.convolutional.kernel-size"),
            IntegerKeys.intValue(c, "model.convolutional.pool-size"),
            IntegerKeys.intValue(c, "model.convolutional.code-size")));
  }

  private static TrainConfig train(Config c) {
    return new TrainConfig(
        ConfigChecks.enumValue(TrainingMode.class, c.getString("train.mode"), "train.mode"),
        IntegerKeys.intValue(c, "train.epochs"),
        IntegerKeys.intValue(c, "train.batch-size"),
        c.getDouble("train.learning-rate"),
        c.getDouble("train.adam-beta1"),
        c.getDouble("train.adam-beta2"),
        c.getDouble("train.adam-epsilon"),
        IntegerKeys.longValue(c, "train.seed"),
        c.getBoolean("train.shuffle"),
        new SparkTrainingConfig(
            IntegerKeys.intValue(c, "train.spark.workers"),
            IntegerKeys.intValue(c, "train.spark.batch-size-per-worker"),
            IntegerKeys.intValue(c, "train.spark.averaging-frequency"),
            ConfigChecks.enumValue(
                RddTrainingApproach.class,
                c.getString("train.spark.rdd-training-approach"),
                "train.spark.rdd-training-approach"),
            c.getString("train.spark.export-directory"),
            IntegerKeys.intValue(c, "train.spark.prefetch-batches"),
            c.getString("train.spark.storage-level")),
        new CheckpointConfig(
            IntegerKeys.intValue(c, "train.checkpoints.every-epochs"), IntegerKeys.intValue(c, "train.checkpoints.kept")));
  }

  private static void refuseUnknownKeys(Config resolved, Config defaults) {
    TreeSet<String> unknown =
        resolved.entrySet().stream()
            .map(Map.Entry::getKey)
            .filter(key -> !defaults.hasPath(key))
            .collect(Collectors.toCollection(TreeSet::new));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown config key(s) " + unknown + "; every key is listed in conf/reference.conf and README.md");
    }
  }

  private interface ConfigSource {
    Config parse();
  }

  private static Config parse(ConfigSource source, String where) {
    try {
      return source.parse();
    } catch (ConfigException e) {
      throw new IllegalArgumentException("Cannot parse config from " + where + ": " + e.getMessage(), e);
    }
  }
}
