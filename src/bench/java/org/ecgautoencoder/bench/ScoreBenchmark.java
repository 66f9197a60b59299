package org.ecgautoencoder.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.cli.CommonOptions;
import org.ecgautoencoder.cli.ConfigUse;
import org.ecgautoencoder.cli.JobRunner;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The scoring benchmark (scripts/bench-score.sh): in one Spark session, alternately runs the full score
 * pipeline and its I/O baseline (same reading, parsing and writing, no model) on the same archive and
 * settings, {@code --warmup} untimed then {@code --repeats} timed times each, and prints each run, the medians and, last,
 * {@code records=N score_rps=X baseline_rps=Y ratio=X/Y}. A run's time is the pipeline's (listing, width
 * check, scoring, writing, counting, commit); JVM and Spark start-up are printed apart, once.
 */
@Command(name = "bench-score", mixinStandardHelpOptions = true, description = "Score vs I/O-baseline throughput.")
public final class ScoreBenchmark implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreBenchmark.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder.")
  String modelDir;

  @Option(names = "--repeats", defaultValue = "3", description = "Timed runs of each kind (default 3).")
  int repeats;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed runs of each kind first (default 2), so the timed ones compare warm code, not the JIT's progress.")
  int warmup;

  @Option(names = "--label", defaultValue = "", description = "Names the input on the line before the summary, e.g. csv.")
  String label;

  public static void main(String[] args) {
    System.exit(JobRunner.run("bench-score", new ScoreBenchmark(), args));
  }

  @Override
  public Integer call() {
    long jvmStartMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    EcgConfig config = options.loadConfig(LOG, "bench-score", ConfigUse.BENCHMARK).toEcgConfig();
    AutoencoderModel model = AutoencoderModel.load(modelDir, CommonOptions.hadoopConfigurationBeforeSpark());
    SparkSession spark = options.startSpark(config);
    double startupSeconds = (System.currentTimeMillis() - jvmStartMillis) / 1e3;
    try {
      List<Double> scoreRps = new ArrayList<>();
      List<Double> baselineRps = new ArrayList<>();
      long records = -1;
      for (int run = 1 - warmup; run <= repeats; run++) {
        // Alternate which goes first, so neither always runs on a warmer JVM or page cache.
        boolean baselineFirst = run % 2 == 0;
        for (boolean ioBaseline : baselineFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
          String output = options.output() + (ioBaseline ? "/baseline" : "/score");
          long cpuBefore = processCpuNanos();
          ScoreManifest manifest =
              ioBaseline
                  ? new IoBaseline(spark, config).run(model.beatLength(), output)
                  : new ScorePipeline(spark, config).run(model, modelDir, output).manifest();
          double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
          records = manifest.counts().read();
          if (run >= 1) {
            (ioBaseline ? baselineRps : scoreRps).add(manifest.timing().recordsPerSecond());
          }
          System.out.printf(
              Locale.ROOT, "%s %-8s records=%d seconds=%.2f rps=%.0f cpu_seconds=%.1f%n",
              run >= 1 ? "run " + run : "warmup " + (run + warmup), ioBaseline ? "baseline" : "score",
              manifest.counts().read(), manifest.timing().seconds(), manifest.timing().recordsPerSecond(), cpuSeconds);
        }
      }
      double score = median(scoreRps);
      double baseline = median(baselineRps);
      System.out.printf(Locale.ROOT, "jvm_and_spark_startup_seconds=%.1f (not in the rates)%n", startupSeconds);
      if (!label.isEmpty()) {
        System.out.println("input=" + label + " (medians of " + repeats + " runs):");
      }
      System.out.printf(
          Locale.ROOT, "records=%d score_rps=%.0f baseline_rps=%.0f ratio=%.3f%n", records, score, baseline,
          score / baseline);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** CPU time of the whole JVM (all threads, JIT and GC included): what the run cost, less noisy than wall time. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
