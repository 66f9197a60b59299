package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatArchiveReader;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.tools.VariationalGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: beats along the line between two beats' codes, from a variational model. */
@Command(
    name = "interpolate",
    mixinStandardHelpOptions = true,
    description = "Decode --steps codes on the line from --from's code mean to --to's (record ids of the input) with a variational model; write OUTPUT as Parquet: step, t, from_record_id, to_record_id, code, beat.")
public final class InterpolateJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(InterpolateJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Variational model bundle folder.")
  Path modelDir;

  @Option(names = "--from", paramLabel = "RECORD_ID", required = true, description = "record_id of the first beat (an id field, or FILE:ROW).")
  String from;

  @Option(names = "--to", paramLabel = "RECORD_ID", required = true, description = "record_id of the last beat.")
  String to;

  @Option(names = "--steps", paramLabel = "K", description = "Beats to write, both ends included (default: 10).")
  int steps = 10;

  public static void main(String[] args) {
    System.exit(JobRunner.run("interpolate", new InterpolateJob(), args));
  }

  @Override
  public Integer call() {
    options.outputReplacedWhole = true;
    EcgConfig config = options.loadConfig(LOG).toEcgConfig();
    ModelBundle bundle = ModelBundleReader.read(modelDir);
    VariationalGenerator.requireVariational(bundle);
    bundle.requireInputWidth(config.input().beatLength(), "input.beat-length of " + config.input().paths());
    SparkSession spark = options.startSpark(config);
    try {
      BeatArchive archive =
          BeatArchiveReader.read(JavaSparkContext.fromSparkContext(spark.sparkContext()), config.input());
      String first = from;
      String last = to;
      List<BeatRecord> ends =
          archive.beats().filter(beat -> beat.recordId().equals(first) || beat.recordId().equals(last)).collect();
      BeatRecord start = find(ends, from, config);
      BeatRecord end = find(ends, to, config);
      VariationalGenerator generator = new VariationalGenerator(bundle.network(), bundle.normaliser());
      spark.createDataFrame(generator.interpolate(start, end, steps), VariationalGenerator.INTERPOLATION_SCHEMA)
          .coalesce(1).write().mode(SaveMode.Overwrite).parquet(options.output());
      LOG.info("Wrote {} beats from {} to {} to {}", steps, from, to, options.output());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static BeatRecord find(List<BeatRecord> beats, String recordId, EcgConfig config) {
    return beats.stream()
        .filter(beat -> beat.recordId().equals(recordId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "No valid beat with record_id " + recordId + " in " + config.input().paths()
                    + " (record_id is the id field, or the fully qualified file and row as FILE:ROW)"));
  }
}
