package org.ecgautoencoder.derive;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 * reconstruction in the input's units). A rerun replaces OUTPUT whole, once its run passed its checks ({@link
 * ReplacedOutput}). Bad rows go to OUTPUT/_rejects; above input.max-rejected-fraction, or without a valid row,
 * the job fails and OUTPUT is left as it was.
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
    ReplacedOutput replaced = new ReplacedOutput(new HadoopFiles(spark.sparkContext().hadoopConfiguration()), output);
    try {
      derived.write().parquet(replaced.staged());
      long written = spark.read().parquet(replaced.staged()).count();
      // Table readers skip the '_' folder.
      String rejects = HadoopFiles.child(replaced.staged(), "_rejects");
      try {
        RejectsWriter.writeAndCheck(spark, archive, written, rejects, input.maxRejectedFraction());
        requireRows(written, output);
      } catch (IllegalArgumentException refused) {
        String kept = replaced.keepRejects(rejects);
        String message = kept == null ? refused.getMessage() : refused.getMessage().replace(rejects, kept);
        throw new IllegalArgumentException(
            message + " (" + output + " is unchanged" + (kept == null || message.contains(kept) ? "" : "; the rejected rows: " + kept) + ")",
            refused);
      }
      replaced.commit();
      LOG.info("{}: wrote {} rows ({} column) to {}", transform, written, transform.column(), output);
      return written;
    } catch (RuntimeException e) {
      replaced.abort();
      throw e;
    }
  }

  /** An input without a valid row would replace the previous output with an empty table. */
  private static void requireRows(long written, String output) {
    if (written == 0) {
      throw new IllegalArgumentException("The input has no valid row; nothing was written to " + output);
    }
  }

  /** evaluate.batch-size rows per pass; the beat itself is not written beside its code or reconstruction. */
  public static TransformOptions transformOptions(EcgConfig config) {
    return TransformOptions.defaults().withBatchSize(config.evaluate().batchSize()).withoutBeatColumn();
  }
}
