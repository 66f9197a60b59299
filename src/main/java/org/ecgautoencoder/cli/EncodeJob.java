package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.ecgautoencoder.derive.BeatTransform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: writes every beat's code (latent representation) as Parquet. */
@Command(
    name = "encode",
    mixinStandardHelpOptions = true,
    description = "Write each beat's code (dimensionality reduction) to OUTPUT as Parquet: record_id, source_file, row_index, label, code.")
public final class EncodeJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(EncodeJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder.")
  String modelDir;

  public static void main(String[] args) {
    JobRunner.exit("encode", new EncodeJob(), args);
  }

  @Override
  public Integer call() {
    return BeatTransformJob.run(options, modelDir, BeatTransform.ENCODE, LOG);
  }
}
