package org.ecgautoencoder.cli;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.derive.VariationalGenerator;
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
  String modelDir;

  @Option(names = "--from", paramLabel = "RECORD_ID", required = true, description = "record_id of the first beat (an id field, or FILE:ROW).")
  String from;

  @Option(names = "--to", paramLabel = "RECORD_ID", required = true, description = "record_id of the last beat.")
  String to;

  @Option(names = "--steps", paramLabel = "K", description = "Beats to write, both ends included (default: 10).")
  int steps = 10;

  public static void main(String[] args) {
    JobRunner.exit("interpolate", new InterpolateJob(), args);
  }

  @Override
  public Integer call() {
    options.outputIsReplacedWhole();
    EcgConfig config = options.loadConfig(LOG, "interpolate", ConfigUse.INTERPOLATE).toEcgConfig();
    AutoencoderModel model = Models.load(modelDir, LOG);
    VariationalGenerator.requireVariational(model);
    SparkSession spark = options.startSpark(config);
    try {
      InputConfig input = model.inputSettings(config.input());
      BeatArchive archive = ArchiveReader.open(spark, input, "model " + model.id());
      List<BeatRecord> ends =
          BeatRows.records(
                  archive.beats().where(col(BeatColumns.RECORD_ID).isin(from, to)), BeatColumns.BEAT, BeatColumns.LABEL,
                  input.normalLabels())
              .collect();
      BeatRecord start = find(ends, from, config);
      BeatRecord end = find(ends, to, config);
      VariationalGenerator generator = new VariationalGenerator(model.network(), model.normaliser());
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
