package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.backend.ComputeBackend;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.RuntimeConfig;
import org.ecgautoencoder.io.OutputPlacement;
import org.ecgautoencoder.model.BatchFootprint;
import org.ecgautoencoder.model.TaskMemory;
import org.slf4j.Logger;
import picocli.CommandLine.Option;
import scala.Tuple2;

/** Options every job shares: the config file, key overrides, the Spark master and the output folder. */
public final class CommonOptions {
  private static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";

  @Option(names = "--config", paramLabel = "FILE", description = "HOCON config file (defaults: conf/reference.conf, packaged).")
  Path configFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override one config key, e.g. --set train.epochs=5 (repeatable; wins over --config).")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master when not launched by spark-submit (default: runtime.spark-master, local[*]).")
  String master;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description = "Output folder of the run: any Hadoop path (a local folder, hdfs:/, s3a:/).")
  String output;

  @Option(
      names = {"--input", "--data"},
      paramLabel = "PATH",
      description = "Input archive path(s), overriding input.paths: files, folders, globs, hdfs:/s3a: URIs (repeatable).")
  List<String> dataPaths = new ArrayList<>();

  /** Set by jobs whose output is one Spark table written in overwrite mode (encode, denoise, sample...). */
  boolean outputReplacedWhole;

  /** Whether the job reads input.paths, which its output must then stay apart from. */
  private boolean readsInput;

  /** The --output value as given: a local folder or any Hadoop path. */
  public String output() {
    return output;
  }

  /** Marks the job as one whose Spark write replaces the whole output folder (so scratch goes beside it). */
  public void outputIsReplacedWhole() {
    outputReplacedWhole = true;
  }

  /**
   * Loads and validates the configuration, refuses --set keys the job does not read and warns of such keys in the
   * --config file, and logs the configuration resolved, as every job starts.
   */
  public ConfigLoader loadConfig(Logger log, String jobName, ConfigUse use) {
    if (master != null && !RuntimeConfig.isKnownMaster(master)) {
      throw new IllegalArgumentException(
          "--master " + master + " is not a Spark master URL; allowed: " + RuntimeConfig.ACCEPTED_MASTERS);
    }
    ConfigLoader loader = ConfigLoader.load(configFile, effectiveOverrides());
    loader.toEcgConfig(); // validate before anything else happens
    Set<String> ignored = loader.overridesOutside(use.keys);
    if (!ignored.isEmpty()) {
      throw new IllegalArgumentException(
          jobName + " does not use " + String.join(", ", ignored) + " (given with --set or --input); remove "
              + (ignored.size() == 1 ? "it" : "them") + " (README \"Configuration\" lists which job reads which key)");
    }
    Set<String> unusedInFile = loader.fileKeysOutside(use.keys);
    if (!unusedInFile.isEmpty()) {
      log.warn("{} does not use {} from {}: ignored", jobName, unusedInFile, configFile);
    }
    readsInput = use.keys.contains("input.paths");
    log.info("Resolved configuration: {}", loader.renderJson());
    JobRunner.keepNativeCacheOutOfHome(scratchDir());
    return loader;
  }

  /**
   * Refuses, before Spark starts, a batch size the model cannot run with the heap its tasks will have (see
   * {@link TaskHeap}), and logs how far it could go.
   */
  public void requireBatchFits(BatchFootprint footprint, String key, int batchSize, EcgConfig config, Logger log) {
    SparkConf conf = new SparkConf();
    TaskMemory memory = TaskHeap.beforeSpark(SparkSessions.master(config.runtime(), master, conf), conf);
    footprint.require(key, batchSize, memory);
    log.info("{} = {}: about {} bytes a beat, at most {} beats per batch here ({})", key, batchSize,
        footprint.bytesPerBeat(), footprint.maxBatchSize(memory),
        memory == null ? "the executors' heap is not known" : memory.description());
  }

  public SparkSession startSpark(EcgConfig config) {
    Configuration hadoop = hadoopConfigurationBeforeSpark();
    OutputPlacement.requireFolder(output, hadoop);
    if (readsInput) {
      OutputPlacement.requireApart(config.input().paths(), output, hadoop);
    }
    ComputeBackend.logOnce("Driver");
    return SparkSessions.create(config.runtime(), master, scratchDir());
  }

  /**
   * Hadoop settings as the SparkSession will have them (spark.hadoop.* from spark-submit or -D), built without
   * Spark, so that a job can refuse a bad model bundle (on any filesystem) before Spark starts.
   */
  public static Configuration hadoopConfigurationBeforeSpark() {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> setting : new SparkConf().getAll()) {
      if (setting._1().startsWith(SPARK_HADOOP_PREFIX)) {
        conf.set(setting._1().substring(SPARK_HADOOP_PREFIX.length()), setting._2());
      }
    }
    return conf;
  }

  /**
   * Spark, Hadoop and (unless set elsewhere) ND4J scratch of a local run: never the home folder. Under the
   * output folder when it is local (a '.' name, which table readers skip), else the system temp folder.
   */
  Path scratchDir() {
    Path local = localOutput();
    if (local == null) {
      return Path.of(System.getProperty("java.io.tmpdir"), "ecg-autoencoder-scratch");
    }
    Path absolute = local.toAbsolutePath();
    // A job whose Spark write replaces the whole output folder would delete its own scratch in it.
    return outputReplacedWhole ? absolute.resolveSibling("." + absolute.getFileName() + ".scratch") : absolute.resolve(".scratch");
  }

  /** The output as a local path, or null when it is on another filesystem (hdfs:, s3a:, ...). */
  private Path localOutput() {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(output);
    String scheme = path.toUri().getScheme();
    if (scheme == null) {
      return Path.of(output);
    }
    return scheme.equals("file") ? Path.of(path.toUri().getPath()) : null;
  }

  /** --data is sugar for --set input.paths=[...]; it is applied last so it wins. */
  public List<String> effectiveOverrides() {
    List<String> all = new ArrayList<>(overrides);
    if (!dataPaths.isEmpty()) {
      all.add("input.paths=" + dataPaths.stream().map(path -> "\"" + path.replace("\"", "\\\"") + "\"").toList());
    }
    return all;
  }
}
