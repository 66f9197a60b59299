package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Output folder of the run.")
  Path outputDir;

  @Option(
      names = "--data",
      paramLabel = "PATH",
      description = "Input archive path(s), overriding input.paths: files, folders, globs, hdfs:/s3a: URIs.")
  List<String> dataPaths = new ArrayList<>();

  /** --data is sugar for --set input.paths=[...]; it is applied last so it wins. */
  List<String> effectiveOverrides() {
    List<String> all = new ArrayList<>(overrides);
    if (!dataPaths.isEmpty()) {
      all.add("input.paths=" + dataPaths.stream().map(path -> "\"" + path.replace("\"", "\\\"") + "\"").toList());
    }
    return all;
  }
}
