package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.backend.ComputeBackend;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.slf4j.Logger;
import picocli.CommandLine.Option;

/** Options every job shares: the config file, key overrides, the Spark master and the output folder. */
final class CommonOptions {
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
      description = "Output folder of the run (score: any Hadoop path, e.g. hdfs:/ or s3a:/).")
  String output;

  /** The --output value as given: a local folder or any Hadoop path. */
  String output() {
    return output;
  }

  @Option(
      names = {"--input", "--data"},
      paramLabel = "PATH",
      description = "Input archive path(s), overriding input.paths: files, folders, globs, hdfs:/s3a: URIs (repeatable).")
  List<String> dataPaths = new ArrayList<>();

  /** Loads and validates the configuration and logs it resolved, as every job starts. */
  ConfigLoader loadConfig(Logger log) {
    ConfigLoader loader = ConfigLoader.load(configFile, effectiveOverrides());
    loader.toEcgConfig(); // validate before anything else happens
    log.info("Resolved configuration: {}", loader.renderJson());
    JobRunner.keepNativeCacheOutOfHome(scratchDir());
    return loader;
  }

  SparkSession startSpark(EcgConfig config) {
    ComputeBackend.logOnce("Driver");
    return SparkSessions.create(config.runtime(), master, scratchDir());
  }

  /** Set by jobs whose output is one Spark table written in overwrite mode (encode, denoise, sample...). */
  boolean outputReplacedWhole;

  /** The output folder of jobs that write local files (train, evaluate). */
  Path outputDir() {
    java.net.URI uri = java.net.URI.create(output.replace('\\', '/').replace(" ", "%20"));
    if (uri.getScheme() != null && !uri.getScheme().equals("file") && uri.getScheme().length() > 1) {
      throw new IllegalArgumentException("--output " + output + ": this job writes to a local folder only");
    }
    return Path.of(uri.getScheme() != null && uri.getScheme().equals("file") ? uri.getPath() : output);
  }

  /**
   * Spark, Hadoop and (unless set elsewhere) ND4J scratch of a local run: never the home folder. Under the
   * output folder when it is local (a '.' name, which table readers skip), else the system temp folder.
   */
  Path scratchDir() {
    try {
      Path output = outputDir().toAbsolutePath();
      // A job whose Spark write replaces the whole output folder would delete its own scratch in it.
      return outputReplacedWhole ? output.resolveSibling("." + output.getFileName() + ".scratch") : output.resolve(".scratch");
    } catch (IllegalArgumentException remoteOutput) {
      return Path.of(System.getProperty("java.io.tmpdir"), "ecg-autoencoder-scratch");
    }
  }

  /** --data is sugar for --set input.paths=[...]; it is applied last so it wins. */
  List<String> effectiveOverrides() {
    List<String> all = new ArrayList<>(overrides);
    if (!dataPaths.isEmpty()) {
      all.add("input.paths=" + dataPaths.stream().map(path -> "\"" + path.replace("\"", "\\\"") + "\"").toList());
    }
    return all;
  }
}
