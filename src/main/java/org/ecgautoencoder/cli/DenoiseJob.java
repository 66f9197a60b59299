package org.ecgautoencoder.cli;

import java.util.concurrent.Callable;
import org.ecgautoencoder.derive.BeatTransform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** spark-submit entry point: writes every beat as the model reconstructs it, in the input's units, as Parquet. */
@Command(
    name = "denoise",
    mixinStandardHelpOptions = true,
    description = "Write each beat as the model reconstructs it (denoised, in the input's units) to OUTPUT as Parquet: record_id, source_file, row_index, label, reconstruction.")
public final class DenoiseJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DenoiseJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model bundle folder.")
  String modelDir;

  public static void main(String[] args) {
    JobRunner.exit("denoise", new DenoiseJob(), args);
  }

  @Override
  public Integer call() {
    return BeatTransformJob.run(options, modelDir, BeatTransform.DENOISE, LOG);
  }
}
