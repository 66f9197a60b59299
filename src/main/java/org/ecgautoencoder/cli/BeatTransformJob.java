package org.ecgautoencoder.cli;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.tools.BeatTransform;
import org.ecgautoencoder.tools.BeatTransformPipeline;
import org.slf4j.Logger;

/** What the encode and denoise jobs share: options, the bundle, one Spark session, the pipeline. */
final class BeatTransformJob {
  private BeatTransformJob() {}

  static int run(CommonOptions options, Path modelDir, BeatTransform transform, Logger log) {
    options.outputReplacedWhole = true;
    EcgConfig config = options.loadConfig(log).toEcgConfig();
    ModelBundle bundle = ModelBundleReader.read(modelDir);
    log.info("Loaded model {} ({} samples per beat) from {}", bundle.manifest().modelId(), bundle.beatLength(), modelDir);
    SparkSession spark = options.startSpark(config);
    try {
      new BeatTransformPipeline(spark, config).run(bundle, transform, options.output());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
