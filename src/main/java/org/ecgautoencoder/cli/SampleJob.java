package org.ecgautoencoder.cli;

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
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.ScoringModel;
import org.ecgautoencoder.derive.VariationalGenerator;
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
  String modelDir;

  @Option(names = "--count", paramLabel = "N", required = true, description = "How many beats to generate.")
  long count;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the codes (default: 1); the same seed gives the same beats.")
  long seed = 1;

  public static void main(String[] args) {
    JobRunner.exit("sample", new SampleJob(), args);
  }

  @Override
  public Integer call() {
    if (count < 1) {
      throw new IllegalArgumentException("--count must be at least 1 but was " + count);
    }
    options.outputIsReplacedWhole();
    EcgConfig config = options.loadConfig(LOG, "sample", ConfigUse.SAMPLE).toEcgConfig();
    AutoencoderModel model = Models.load(modelDir, LOG);
    VariationalGenerator.requireVariational(model);
    SparkSession spark = options.startSpark(config);
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<Long> firsts = new ArrayList<>();
      for (long first = 0; first < count; first += SAMPLES_PER_TASK) {
        firsts.add(first);
      }
      Broadcast<ScoringModel> shared = sc.broadcast(model.scoringModel());
      long total = count;
      long codeSeed = seed;
      JavaRDD<Row> rows =
          sc.parallelize(firsts, firsts.size())
              .mapPartitions(
                  starts -> {
                    ScoringModel scoring = shared.value();
                    VariationalGenerator generator = new VariationalGenerator(scoring.network(), scoring.normaliser());
                    List<Row> out = new ArrayList<>();
                    while (starts.hasNext()) {
                      long first = starts.next();
                      out.addAll(generator.samples(first, (int) Math.min(SAMPLES_PER_TASK, total - first), codeSeed));
                    }
                    return out.iterator();
                  });
      spark.createDataFrame(rows, VariationalGenerator.SAMPLE_SCHEMA).write().mode(SaveMode.Overwrite)
          .parquet(options.output());
      LOG.info("Wrote {} sampled beats (seed {}) from model {} to {}", count, seed, model.id(),
          options.output());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
