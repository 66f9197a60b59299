package org.ecgautoencoder.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.ModelType;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.report.ComparisonEntry;
import org.ecgautoencoder.report.ComparisonTable;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingPipeline.TrainingRun;
import org.ecgautoencoder.train.TrainingStartMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains and evaluates every model type over several seeds with one configuration (same split,
 * normalisation, threshold rule and training protocol), in one Spark session, and writes
 * OUTPUT/comparison.json and OUTPUT/comparison.md; each run's bundle and metrics stay in OUTPUT/TYPE-seedN.
 */
@Command(
    name = "compare-models",
    mixinStandardHelpOptions = true,
    description = "Train and evaluate every model type over several seeds; write comparison.json and comparison.md.")
public final class CompareModelsJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(CompareModelsJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Model types (default: all).")
  List<String> types = new ArrayList<>();

  @Option(names = "--seeds", split = ",", paramLabel = "SEED", description = "train.seed values (default: 1,2,3).")
  List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L));

  public static void main(String[] args) {
    JobRunner.exit("compare-models", new CompareModelsJob(), args);
  }

  @Override
  public Integer call() {
    ConfigLoader base = options.loadConfig(LOG, "compare-models", ConfigUse.COMPARE_MODELS);
    List<String> typeNames =
        types.isEmpty()
            ? Arrays.stream(ModelType.values()).map(type -> type.name().toLowerCase(Locale.ROOT)).toList()
            : types;
    // Every run's configuration is checked before the first one trains.
    for (String type : typeNames) {
      runConfig(base, type, seeds.get(0));
    }
    List<ComparisonEntry> entries = new ArrayList<>();
    SparkSession spark = options.startSpark(base.toEcgConfig());
    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    String output = options.output();
    try {
      for (String type : typeNames) {
        for (long seed : seeds) {
          ConfigLoader loader = runConfig(base, type, seed);
          EcgConfig config = loader.toEcgConfig();
          String run = HadoopFiles.child(output, type + "-seed" + seed);
          LOG.info("Comparison run {} of {}: {} seed {}", entries.size() + 1, typeNames.size() * seeds.size(), type, seed);
          TrainingRun trained = new TrainingPipeline(spark, loader).run(run, TrainingStartMode.FRESH);
          MetricsReport metrics =
              new EvaluationPipeline(spark, config).run(trained.model(), trained.modelPath(), run).metrics();
          entries.add(
              new ComparisonEntry(type, seed, metrics.thresholdMethod(), trained.model().training().trainSeconds(), metrics));
          // Written after every run, so an interrupted comparison keeps what it measured.
          Json.write(files, HadoopFiles.child(output, "comparison.json"), entries);
          files.write(
              HadoopFiles.child(output, "comparison.md"),
              ComparisonTable.markdown(entries).getBytes(StandardCharsets.UTF_8));
        }
      }
    } finally {
      spark.stop();
    }
    LOG.info("Comparison of {} runs written to {}:\n{}", entries.size(), HadoopFiles.child(output, "comparison.md"),
        ComparisonTable.markdown(entries));
    return 0;
  }

  private ConfigLoader runConfig(ConfigLoader base, String type, long seed) {
    return base.withOverrides(List.of("model.type=" + type, "train.seed=" + seed));
  }
}
