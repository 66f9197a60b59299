package org.ecgautoencoder.cli;

import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.EnumNames;
import org.ecgautoencoder.derive.BeatTransform;
import org.ecgautoencoder.derive.BeatTransformPipeline;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.BatchFootprint;
import org.ecgautoencoder.model.TransformOptions;
import org.slf4j.Logger;

/** What the encode and denoise jobs share: options, the bundle, one Spark session, the pipeline. */
final class BeatTransformJob {
  private BeatTransformJob() {}

  static int run(CommonOptions options, String modelDir, BeatTransform transform, Logger log) {
    options.outputIsReplacedWhole();
    EcgConfig config = options.loadConfig(log, EnumNames.dashed(transform), ConfigUse.TRANSFORM).toEcgConfig();
    AutoencoderModel model = Models.load(modelDir, log);
    TransformOptions transformOptions = BeatTransformPipeline.transformOptions(config);
    options.requireBatchFits(
        transform == BeatTransform.ENCODE
            ? BatchFootprint.ofEncode(model, transformOptions)
            : BatchFootprint.ofDenoise(model, transformOptions),
        "evaluate.batch-size", config.evaluate().batchSize(), config, log);
    SparkSession spark = options.startSpark(config);
    try {
      new BeatTransformPipeline(spark, config).run(model, transform, options.output());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
