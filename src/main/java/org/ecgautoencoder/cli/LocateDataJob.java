package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.io.DatasetDownloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the local path of the dataset named by input.paths[0], downloading and verifying it first when it
 * is absent (see input.download.*). Used by scripts/demo.sh; prints the path alone on stdout.
 */
@Command(
    name = "locate-data",
    mixinStandardHelpOptions = true,
    description = "Print the dataset's local path, downloading and verifying it when absent.")
public final class LocateDataJob implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "HOCON config file.")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config key (repeatable).")
  List<String> overrides = new ArrayList<>();

  public static void main(String[] args) {
    JobRunner.exit("locate-data", new LocateDataJob(), args);
  }

  @Override
  public Integer call() {
    InputConfig input = ConfigLoader.load(configFile, overrides).toEcgConfig().input();
    Path located = DatasetDownloader.locate(Path.of(input.paths().get(0)), input.download());
    System.out.println(located.toAbsolutePath().normalize());
    return 0;
  }
}
