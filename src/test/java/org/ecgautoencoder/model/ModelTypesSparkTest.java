package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.NormalisationMethod;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.network.CodeLayer;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.SyntheticBeats;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.train.LocalTrainer;
import org.ecgautoencoder.train.TrainedNetwork;
import org.ecgautoencoder.train.TrainingData;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.ecgautoencoder.inference.ReconstructionErrors;
import org.ecgautoencoder.inference.ScoredBatch;

/**
 * Every model type trains, survives its JSON configuration (what the bundle stores), and scores a batch
 * exactly as it scores one beat at a time.
 */
@ExtendWith(SharedSpark.class)
class ModelTypesSparkTest {
  private static final int BEAT_LENGTH = 32;

  static EcgConfig config(String type) {
    return loader(type).toEcgConfig();
  }

  static ConfigLoader loader(String type) {
    return TestConfigs.loader(
        "input.beat-length=" + BEAT_LENGTH,
        "model.type=" + type.replaceAll("-.*", ""),
        "model.denoising.noise=" + (type.endsWith("-mask") ? "mask" : "gaussian"),
        "model.encoder-layers=[16,8]",
        "model.decoder-layers=[16]",
        "model.convolutional.filters=[8,4]",
        "model.convolutional.kernel-size=5",
        "model.sparse.code-size=48",
        "model.contractive.lambda=0.001",
        "model.variational.latent-size=4",
        "model.variational.score=" + (type.endsWith("-logp") ? "log-probability" : "mean-reconstruction"),
        "train.epochs=15",
        "train.batch-size=32");
  }

  static Normaliser normaliser(List<BeatRecord> beats) {
    BeatStatistics stats = new BeatStatistics(BEAT_LENGTH);
    beats.forEach(beat -> stats.add(beat.samples()));
    return Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "undercomplete", "sparse", "denoising-gaussian", "denoising-mask", "contractive", "variational",
        "variational-logp", "convolutional"
      })
  void trainsRoundTripsAndScoresBatchesAsSingleBeats(String type) {
    EcgConfig config = config(type);
    List<BeatRecord> beats = SyntheticBeats.normal(128, BEAT_LENGTH, 5);
    Normaliser normaliser = normaliser(beats);
    JavaSparkContext sc = SharedSpark.context();
    MultiLayerNetwork network = AutoencoderFactory.network(config.model(), config.train(), BEAT_LENGTH);

    TrainedNetwork trained = new LocalTrainer(config.train()).fit(network, new TrainingData(sc.parallelize(beats, 2), sc.parallelize(beats.subList(0, 16), 1), normaliser));

    assertThat(trained.history().get(trained.history().size() - 1).trainLoss())
        .as("the loss falls")
        .isLessThan(trained.history().get(0).trainLoss());
    MultiLayerConfiguration stored = MultiLayerConfiguration.fromJson(trained.network().getLayerWiseConfigurations().toJson());
    assertThat(stored).isEqualTo(trained.network().getLayerWiseConfigurations());

    // The fast dense path serves every dense-bodied type; the convolutional one and the variational
    // log-probability (which draws codes) run DL4J's output().
    boolean dense = !type.equals("convolutional") && !type.endsWith("-logp");
    assertThat(NetworkForwardPass.describe(trained.network())).as("inference path")
        .startsWith(dense ? "the fast dense path" : "DL4J's output()");

    ScoringModel model = ScoringModel.of(trained.network(), normaliser);
    BeatBatch batch = new BeatBatch(64, BEAT_LENGTH);
    for (BeatRecord beat : beats.subList(0, 50)) {
      System.arraycopy(beat.samples(), 0, batch.samples(), batch.nextSampleOffset(), BEAT_LENGTH);
      batch.commitSamples();
    }
    double[] batchErrors = new NetworkForwardPass(model.network(), model.normaliser(), 64, 0, -1).score(batch).meanAbsoluteErrors();
    CodeLayer codeLayer = CodeLayer.of(config.model());
    ScoredBatch withCodes = new NetworkForwardPass(model.network(), model.normaliser(), 64, 0, codeLayer.index()).score(batch);
    assertThat(withCodes.latentWidth()).as("code width").isEqualTo(codeLayer.width());
    assertThat(withCodes.latentCodes()).hasSize(50 * codeLayer.width());
    assertThat(withCodes.meanAbsoluteErrors()).containsExactly(batchErrors);

    MultiLayerNetwork reloaded = model.network();
    NetworkForwardPass oneAtATime = new NetworkForwardPass(model.network(), model.normaliser(), 1, 0, -1);
    for (int row = 0; row < 50; row++) {
      BeatRecord beat = beats.get(row);
      double single;
      if (type.endsWith("-logp")) {
        // The log-probability has no other implementation: a batch of one must score as the big batch.
        BeatBatch one = new BeatBatch(1, BEAT_LENGTH);
        System.arraycopy(beat.samples(), 0, one.samples(), one.nextSampleOffset(), BEAT_LENGTH);
        one.commitSamples();
        single = oneAtATime.score(one).meanAbsoluteErrors()[0];
      } else {
        single = ReconstructionErrors.meanAbsoluteError(reloaded, BatchBuilder.features(List.of(beat), normaliser))[0];
      }
      assertThat(batchErrors[row]).as("row %d", row).isCloseTo(single, within(1e-6 * Math.max(1, Math.abs(single))));
    }
  }
}
