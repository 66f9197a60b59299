package org.ecgautoencoder.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.NormalisationMethod;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.SyntheticBeats;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * dl4j-spark's own idea (TestCompareParameterAveragingSparkVsSingleMachine): one worker must follow exactly
 * the path of single-process training, Adam state included.
 *
 * <p>Within one fit (one epoch) dl4j-spark deals the exported minibatches to averaging rounds and workers
 * in its own seeded random order ({@code balancedRandomSplit}), so the minibatch order only matches
 * single-process training when an epoch is one minibatch; the test therefore runs several one-step epochs.
 */
@ExtendWith(SharedSpark.class)
class SparkParameterAveragingEquivalenceSparkTest {
  private static final int BEAT_LENGTH = 16;
  private static final int BATCH = 32;

  @ParameterizedTest
  @ValueSource(strings = {"export", "direct"})
  void oneWorkerAveragingEveryStepEqualsSingleProcessTraining(String rddTrainingApproach) {
    oneWorkerMatchesSingleProcess(rddTrainingApproach, "undercomplete");
  }

  /** The deterministic model types (no corruption or sampling in training) take the same path too. */
  @ParameterizedTest
  @ValueSource(strings = {"sparse", "contractive", "convolutional"})
  void everyDeterministicModelTypeTrainsTheSameWithSparkAveraging(String type) {
    oneWorkerMatchesSingleProcess("export", type);
  }

  private void oneWorkerMatchesSingleProcess(String rddTrainingApproach, String type) {
    int epochs = 4;
    int averagingFrequency = 1;
    int minibatchesPerEpoch = 1;
    EcgConfig config =
        TestConfigs.reference(
            "input.beat-length=" + BEAT_LENGTH,
            "model.type=" + type,
            "model.sparse.code-size=24",
            "model.sparse.dropout=0",
            "model.convolutional.filters=[4,2]",
            "model.convolutional.kernel-size=3",
            "model.encoder-layers=[8,4]",
            "model.decoder-layers=[8]",
            "train.epochs=" + epochs,
            "train.shuffle=false",
            "train.batch-size=" + BATCH,
            "train.spark.workers=1",
            "train.spark.batch-size-per-worker=" + BATCH,
            "train.spark.averaging-frequency=" + averagingFrequency,
            "train.spark.rdd-training-approach=" + rddTrainingApproach);
    List<BeatRecord> beats = SyntheticBeats.normal(minibatchesPerEpoch * BATCH, BEAT_LENGTH, 11);
    BeatStatistics stats = new BeatStatistics(BEAT_LENGTH);
    beats.forEach(beat -> stats.add(beat.samples()));
    Normaliser normaliser = Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats);
    JavaSparkContext sc = SharedSpark.context();
    TrainingData data =
        new TrainingData(sc.parallelize(beats, 2), sc.parallelize(beats.subList(0, 10), 1), normaliser);

    MultiLayerNetwork initial = AutoencoderFactory.network(config.model(), config.train(), BEAT_LENGTH);
    float[] initialParameters = initial.params().toFloatVector();
    TrainedNetwork local = new LocalTrainer(config.train()).fit(initial.clone(), data);
    TrainedNetwork spark =
        new SparkParameterAveragingTrainer(sc, config.train(), SharedSpark.exportScratch().toUri().toString())
            .fit(initial.clone(), data);

    float[] localParameters = local.network().params().toFloatVector();
    assertThat(localParameters).isNotEqualTo(initialParameters);
    assertThat(spark.network().params().toFloatVector()).containsExactly(localParameters, within(1e-5f));
    assertThat(spark.history()).hasSize(epochs);
    assertThat(spark.history().get(epochs - 1).trainLoss())
        .isCloseTo(local.history().get(epochs - 1).trainLoss(), within(1e-5));
  }
}
