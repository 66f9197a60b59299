package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.score.ScoringModel;
import org.ecgautoencoder.tools.VariationalGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: new synthetic beats from a variational model, as Parquet. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Decode --count codes drawn from N(0, I) with a variational model into new beats; write OUTPUT as Parquet: sample_index, code, beat.")
public final class SampleJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SampleJob.class);
  private static final int SAMPLES_PER_TASK = 10_000;

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Variational model bundle folder.")
  Path modelDir;

  @Option(names = "--count", paramLabel = "N", required = true, description = "How many beats to generate.")
  long count;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the codes (default: 1); the same seed gives the same beats.")
  long seed = 1;

  public static void main(String[] args) {
    System.exit(JobRunner.run("sample", new SampleJob(), args));
  }

  @Override
  public Integer call() {
    if (count < 1) {
      throw new IllegalArgumentException("--count must be at least 1 but was " + count);
    }
    options.outputReplacedWhole = true;
    EcgConfig config = options.loadConfig(LOG).toEcgConfig();
    ModelBundle bundle = ModelBundleReader.read(modelDir);
    VariationalGenerator.requireVariational(bundle);
    SparkSession spark = options.startSpark(config);
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<Long> firsts = new ArrayList<>();
      for (long first = 0; first < count; first += SAMPLES_PER_TASK) {
        firsts.add(first);
      }
      Broadcast<ScoringModel> model = sc.broadcast(bundle.scoringModel());
      long total = count;
      long codeSeed = seed;
      JavaRDD<Row> rows =
          sc.parallelize(firsts, firsts.size())
              .mapPartitions(
                  starts -> {
                    ScoringModel shared = model.value();
                    VariationalGenerator generator = new VariationalGenerator(shared.network(), shared.normaliser());
                    List<Row> out = new ArrayList<>();
                    while (starts.hasNext()) {
                      long first = starts.next();
                      out.addAll(generator.samples(first, (int) Math.min(SAMPLES_PER_TASK, total - first), codeSeed));
                    }
                    return out.iterator();
                  });
      spark.createDataFrame(rows, VariationalGenerator.SAMPLE_SCHEMA).write().mode(SaveMode.Overwrite)
          .parquet(options.output());
      LOG.info("Wrote {} sampled beats (seed {}) from model {} to {}", count, seed, bundle.manifest().modelId(),
          options.output());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
