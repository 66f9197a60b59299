package org.ecgautoencoder.train;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.spark.api.Repartition;
import org.deeplearning4j.spark.impl.multilayer.SparkDl4jMultiLayer;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.ecgautoencoder.config.SparkTrainingConfig;
import org.ecgautoencoder.config.TrainConfig;
import org.ecgautoencoder.data.SplitMix64;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.ScoringModel;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Data-parallel training with dl4j-spark parameter averaging: each epoch the training rows are put in a
 * seeded order, range-partitioned into one partition per worker, cut into minibatches of
 * {@code batch-size-per-worker}, and fitted with the workers' parameters (and Adam state) averaged every
 * {@code averaging-frequency} steps.
 */
public final class SparkParameterAveragingTrainer implements Trainer {
  private static final Logger LOG = LoggerFactory.getLogger(SparkParameterAveragingTrainer.class);
  /** Rows per forward pass when computing the per-epoch losses. */
  private static final int LOSS_BATCH_ROWS = 4096;

  private final JavaSparkContext sc;
  private final TrainConfig config;
  private final String localScratchDir;

  /** @param localScratchDir export directory used on local masters when none is configured */
  public SparkParameterAveragingTrainer(JavaSparkContext sc, TrainConfig config, String localScratchDir) {
    this.sc = sc;
    this.config = config;
    this.localScratchDir = localScratchDir;
  }

  @Override
  public TrainedNetwork fit(MultiLayerNetwork network, TrainingData data, TrainingStart start, EpochListener listener) {
    SparkTrainingConfig spark = config.spark();
    int workers = spark.workers() == 0 ? sc.defaultParallelism() : spark.workers();
    TrainingApproachChoice approach = TrainingApproachChoice.choose(spark, sc.master(), localScratchDir);
    LOG.info(
        "Parameter averaging: {} workers x {} rows per step, averaging every {} steps, {} approach{}",
        workers, spark.batchSizePerWorker(), spark.averagingFrequency(), approach.approach(),
        approach.exportDirectory() == null ? "" : " (export to " + approach.exportDirectory() + ")");

    JavaRDD<Tuple2<BeatRecord, Long>> numbered =
        data.train().zipWithIndex().rdd().toJavaRDD().persist(StorageLevel.MEMORY_AND_DISK());
    long rows = numbered.count();
    if (rows == 0) {
      throw new IllegalArgumentException("No training rows: nothing to learn normal beats from");
    }
    EpochPartitioner partitioner = new EpochPartitioner(workers, config.shuffle(), rows);
    EpochProgress progress = new EpochProgress(config.epochs(), start);
    for (int epoch = progress.firstEpoch(); epoch <= config.epochs(); epoch++) {
      JavaPairRDD<Long, BeatRecord> ordered =
          numbered.mapToPair(new EpochShuffleKey(config.seed(), epoch, config.shuffle()))
              .repartitionAndSortWithinPartitions(partitioner);
      // A training master per epoch, seeded by the epoch: the minibatches' assignment to averaging rounds
      // then depends on the epoch alone, so a run resumed from a checkpoint repeats an uninterrupted one.
      SparkDl4jMultiLayer sparkNetwork = new SparkDl4jMultiLayer(sc, network, trainingMaster(workers, approach, epoch));
      JavaRDD<DataSet> minibatches =
          ordered.values().mapPartitions(new MinibatchDataSets(data.normaliser(), spark.batchSizePerWorker()));
      sparkNetwork.fit(minibatches);
      // dl4j-spark persists the minibatches (direct approach) and leaves them cached: free each epoch's.
      minibatches.unpersist(false);
      network = sparkNetwork.getNetwork();
      Broadcast<ScoringModel> current = ScoringModel.of(network, data.normaliser()).broadcast(sc);
      progress.record(
          epoch, meanLoss(data.train(), current), data.hasValidation() ? meanLoss(data.validation(), current) : null);
      listener.epochDone(epoch, network, progress.history(), progress.elapsedSeconds());
    }
    numbered.unpersist();
    deleteLocalExport(approach);
    return new TrainedNetwork(network, progress.history(), progress.elapsedSeconds());
  }

  private ParameterAveragingTrainingMaster trainingMaster(int workers, TrainingApproachChoice approach, int epoch) {
    SparkTrainingConfig spark = config.spark();
    ParameterAveragingTrainingMaster.Builder master =
        new ParameterAveragingTrainingMaster.Builder(workers, spark.batchSizePerWorker())
            .batchSizePerWorker(spark.batchSizePerWorker())
            .averagingFrequency(spark.averagingFrequency())
            .workerPrefetchNumBatches(spark.prefetchBatches())
            .saveUpdater(true)
            // We partition each epoch ourselves (one range partition per worker, in the epoch's order).
            .repartionData(Repartition.Never)
            .rddTrainingApproach(approach.approach())
            .rngSeed(SplitMix64.mix(config.seed() * 1_000_003L + epoch))
            .storageLevel(StorageLevel.fromString(spark.storageLevel()));
    if (approach.exportDirectory() != null) {
      master.exportDirectory(approach.exportDirectory());
    }
    return master.build();
  }

  /** The exported minibatches are a copy of the training rows; drop ours (never a user-configured folder). */
  private void deleteLocalExport(TrainingApproachChoice approach) {
    if (!localScratchDir.equals(approach.exportDirectory())) {
      return;
    }
    try {
      org.apache.hadoop.fs.Path export = new org.apache.hadoop.fs.Path(localScratchDir);
      export.getFileSystem(sc.hadoopConfiguration()).delete(export, true);
    } catch (java.io.IOException e) {
      LOG.warn("Could not delete the exported minibatches in {}: {}", localScratchDir, e.toString());
    }
  }

  /**
   * The training objective over all rows: the mean of the per-row MAE equals DL4J's MEAN_ABSOLUTE_ERROR score
   * (no regularisation here). Scored with our own batch scorer: calculateScore over a cached RDD of DataSets
   * failed with "Invalid input: length 0" under dl4j-spark M2.
   */
  private static double meanLoss(JavaRDD<BeatRecord> rows, Broadcast<ScoringModel> model) {
    return ScoringModel.reconstructionErrors(model, rows, LOSS_BATCH_ROWS).mapToDouble(Double::doubleValue).mean();
  }
}
