package org.ecgautoencoder.train;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.data.SplitRows;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.SplitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train job as a recipe: read the archive -> write its rejects -> split train/test (scikit-learn's
 * train_test_split, exactly) -> fit the estimator on the training rows, the test rows as validation -> save the
 * bundle to OUTPUT/model. Every path is a Hadoop path; OUTPUT may be {@code file:}, {@code hdfs:} or
 * {@code s3a:}.
 */
public final class TrainingPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingPipeline.class);
  public static final String MODEL_FOLDER = "model";
  public static final String REJECTS_FOLDER = "rejects/train";

  private final SparkSession spark;
  private final ConfigLoader config;

  public TrainingPipeline(SparkSession spark, ConfigLoader config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * What a training run made.
   *
   * @param trainRows the split's training rows (both labels), where the report takes its example beats from
   * @param normalTrainingErrors the errors of the normal rows learnt from, as the threshold saw them
   */
  public record TrainingRun(AutoencoderModel model, String modelPath, Dataset<Row> trainRows, double[] normalTrainingErrors) {}

  /**
   * @param mode {@link TrainingStartMode#RESUME} continues from the newest complete checkpoint in OUTPUT/checkpoints
   *     (from scratch when there is none); the run must have the settings and training rows it was trained with
   */
  public TrainingRun run(String output, TrainingStartMode mode) {
    EcgConfig settings = config.toEcgConfig();
    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    BeatArchive archive = ArchiveReader.open(spark, settings.input(), "input.beat-length");
    Dataset<Row> beats = archive.beats().persist(StorageLevel.MEMORY_AND_DISK());
    long valid = beats.count();
    RejectsWriter.writeAndCheck(
        spark, archive, valid, HadoopFiles.child(output, REJECTS_FOLDER), settings.input().maxRejectedFraction());
    SplitRows split = SplitRows.of(beats, valid, settings.split());
    LOG.info("Split {} rows: {} train, {} test", valid, split.trainCount(), split.testCount());

    AutoencoderEstimator.Fit fit =
        new AutoencoderEstimator(config)
            .withValidationRows(split.test())
            .withCheckpoints(HadoopFiles.child(output, TrainingCheckpoints.FOLDER), mode)
            .fitDetailed(split.train());
    AutoencoderModel model =
        fit.model().withSplit(
            new SplitSummary(
                SplitSummary.method(settings.split().method()), settings.split().testFraction(), settings.split().seed(), valid,
                split.trainCount(), split.testCount(), fit.normalTrainRows(),
                settings.threshold().heldOutFraction(), fit.heldOutRows()));
    String modelPath = files.qualified(HadoopFiles.child(output, MODEL_FOLDER));
    model.save(modelPath, files.configuration());
    LOG.info("Model {} saved to {}", model.id(), modelPath);
    // The report's example beats come from the training rows: a few, read again from the input.
    beats.unpersist();
    return new TrainingRun(model, modelPath, split.train(), fit.normalTrainingErrors());
  }
}
