package org.ecgautoencoder.tools;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatArchiveReader;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.ModelBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encode and denoise jobs: read an archive as the other jobs do, run every valid beat through the model,
 * write OUTPUT as Parquet with one row per beat: record_id, source_file, row_index, label, and the array
 * (the code, or the reconstruction in the input's units). A rerun replaces OUTPUT. Bad rows go to
 * OUTPUT/_rejects, and above input.max-rejected-fraction the job fails after writing them.
 */
public final class BeatTransformPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(BeatTransformPipeline.class);

  private final SparkSession spark;
  private final EcgConfig config;

  public BeatTransformPipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  public static StructType schema(BeatTransform transform) {
    return new StructType(
        new StructField[] {
          DataTypes.createStructField("record_id", DataTypes.StringType, false),
          DataTypes.createStructField("source_file", DataTypes.StringType, false),
          DataTypes.createStructField("row_index", DataTypes.LongType, false),
          DataTypes.createStructField("label", DataTypes.DoubleType, true),
          DataTypes.createStructField(transform.column(), DataTypes.createArrayType(DataTypes.FloatType, false), false)
        });
  }

  /** @return rows written */
  public long run(ModelBundle bundle, BeatTransform transform, String output) {
    bundle.requireInputWidth(config.input().beatLength(), "input.beat-length of " + config.input().paths());
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    BeatArchive archive = BeatArchiveReader.read(sc, config.input());
    JavaRDD<Row> rows =
        archive.beats().mapPartitions(
            new BeatTransformTask(
                sc.broadcast(bundle.scoringModel()), bundle.codeLayer(), transform, config.evaluate().batchSize()));
    spark.createDataFrame(rows, schema(transform)).write().mode(SaveMode.Overwrite).parquet(output);
    // After the table (an overwrite replaces the whole folder); table readers skip the '_' folder.
    RejectsWriter.writeAndCheck(spark, archive, output + "/_rejects", config.input().maxRejectedFraction());
    long written = spark.read().parquet(output).count();
    LOG.info("{}: wrote {} rows ({} column) to {}", transform, written, transform.column(), output);
    return written;
  }
}
