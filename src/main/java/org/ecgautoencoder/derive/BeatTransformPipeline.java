package org.ecgautoencoder.derive;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.TransformOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encode and denoise jobs: read an archive as every job does, run each valid beat through the model's
 * forward pass ({@link AutoencoderModel#encode}, {@link AutoencoderModel#denoise}), and write OUTPUT as Parquet
 * with one row per beat: record_id, source_file, row_index, label, and the array (the code, or the
 * reconstruction in the input's units). A rerun replaces OUTPUT. Bad rows go to OUTPUT/_rejects, and above
 * input.max-rejected-fraction the job fails after writing them.
 */
public final class BeatTransformPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(BeatTransformPipeline.class);

  private final SparkSession spark;
  private final EcgConfig config;

  public BeatTransformPipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /** @return rows written */
  public long run(AutoencoderModel model, BeatTransform transform, String output) {
    InputConfig input = model.inputSettings(config.input());
    BeatArchive archive = ArchiveReader.open(spark, input, "model " + model.id());
    TransformOptions options = transformOptions(config);
    Dataset<Row> derived =
        transform == BeatTransform.ENCODE ? model.encode(archive.beats(), options) : model.denoise(archive.beats(), options);
    derived.write().mode(SaveMode.Overwrite).parquet(output);
    long written = spark.read().parquet(output).count();
    // After the table (an overwrite replaces the whole folder); table readers skip the '_' folder.
    RejectsWriter.writeAndCheck(
        spark, archive, written, HadoopFiles.child(output, "_rejects"), input.maxRejectedFraction());
    LOG.info("{}: wrote {} rows ({} column) to {}", transform, written, transform.column(), output);
    return written;
  }

  /** evaluate.batch-size rows per pass; the beat itself is not written beside its code or reconstruction. */
  public static TransformOptions transformOptions(EcgConfig config) {
    return TransformOptions.defaults().withBatchSize(config.evaluate().batchSize()).withoutBeatColumn();
  }
}
