package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.NormalisationMethod;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.config.ThresholdMethod;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.score.ReconstructionErrors;
import org.ecgautoencoder.score.Threshold;
import org.ecgautoencoder.score.ThresholdInputs;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.train.EpochLoss;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
  private static final int BEAT_LENGTH = 12;

  @TempDir Path dir;
  private Path bundleDir;
  private ModelBundle written;
  private List<BeatRecord> beats;

  @BeforeEach
  void writeBundle() {
    EcgConfig config =
        TestConfigs.reference(
            "input.beat-length=" + BEAT_LENGTH, "model.encoder-layers=[6,3]", "model.decoder-layers=[6]");
    MultiLayerNetwork network = AutoencoderFactory.network(config.model(), config.train(), BEAT_LENGTH);
    beats = syntheticBeats(20);
    BeatStatistics stats = new BeatStatistics(BEAT_LENGTH);
    beats.forEach(beat -> stats.add(beat.samples()));
    Normaliser normaliser = Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats);
    Threshold threshold =
        Threshold.choose(ThresholdConfig.meanPlusKStd(1), ThresholdInputs.trainingOnly(new double[] {0.08, 0.12}));
    TrainingSummary summary =
        new TrainingSummary("local", 1, 0.5, List.of(new EpochLoss(1, 0.2, 0.3, 0.5)), new SplitSummary(SplitSummary.METHOD, 0.2, 21, 25, 20, 5, 20, 0, 0));
    bundleDir = dir.resolve("model");
    written =
        ModelBundleWriter.write(
            bundleDir, network, normaliser, threshold, summary, new DataFingerprint(20, "00ff"),
            Json.parse("{\"train\":{\"epochs\":1}}"));
  }

  @Test
  void loadedBundleScoresIdentically() {
    ModelBundle loaded = ModelBundleReader.read(bundleDir);

    double[] before = ReconstructionErrors.meanAbsoluteError(written.network(), BatchBuilder.features(beats, written.normaliser()));
    double[] after = ReconstructionErrors.meanAbsoluteError(loaded.network(), BatchBuilder.features(beats, loaded.normaliser()));
    assertThat(after).containsExactly(before);
    assertThat(loaded.normaliser()).isEqualTo(written.normaliser());
    assertThat(loaded.threshold()).isEqualTo(written.threshold());
    assertThat(loaded.manifest().modelId()).isEqualTo(written.manifest().modelId()).hasSize(16);
    assertThat(loaded.manifest().beatLength()).isEqualTo(BEAT_LENGTH);
    assertThat(loaded.manifest().libraryVersions()).containsKeys("deeplearning4j.version", "nd4j.backend");
    assertThat(loaded.manifest().config().at("/train/epochs").asInt()).isEqualTo(1);
  }

  @Test
  void modelJsonIsReadable() throws Exception {
    String json = Files.readString(bundleDir.resolve(ModelBundle.MANIFEST_FILE));
    assertThat(json)
        .contains("\"format_version\" : 1", "\"beat_length\" : 12", "\"training_data\"", "\"created_at\"",
            "\"final_validation_loss\" : 0.3",
            "\"parameters.bin\"");
  }

  @Test
  void corruptedParametersAreRefused() throws Exception {
    Path parameters = bundleDir.resolve(ModelBundle.PARAMETERS_FILE);
    byte[] bytes = Files.readAllBytes(parameters);
    bytes[bytes.length - 1] ^= 0x01;
    Files.write(parameters, bytes);

    assertThatThrownBy(() -> ModelBundleReader.read(bundleDir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is corrupted: parameters.bin has sha256")
        .hasMessageContaining("but model.json expects");
  }

  @Test
  void missingFileIsNamed() throws Exception {
    Files.delete(bundleDir.resolve(ModelBundle.NORMALISER_FILE));
    assertThatThrownBy(() -> ModelBundleReader.read(bundleDir)).hasMessageContaining("is missing normaliser.json");
  }

  @Test
  void unknownFormatVersionIsRefused() throws Exception {
    rewriteManifest("\"format_version\" : 1", "\"format_version\" : 99");
    assertThatThrownBy(() -> ModelBundleReader.read(bundleDir))
        .hasMessageContaining("has format_version 99 but this build reads version 1");
  }

  @Test
  void declaredWidthThatDisagreesWithTheFilesIsRefused() throws Exception {
    rewriteManifest("\"beat_length\" : 12", "\"beat_length\" : 13");
    assertThatThrownBy(() -> ModelBundleReader.read(bundleDir))
        .hasMessageContaining("is inconsistent: normaliser width is 12 but model.json declares 13");
  }

  @Test
  void folderWithoutManifestIsNotABundle() {
    assertThatThrownBy(() -> ModelBundleReader.read(dir))
        .hasMessageContaining("Not a model bundle")
        .hasMessageContaining("has no model.json");
  }

  @Test
  void inputOfTheWrongWidthIsRefusedBeforeScoring() {
    ModelBundle loaded = ModelBundleReader.read(bundleDir);
    assertThatThrownBy(() -> loaded.requireInputWidth(140, "archive.csv"))
        .hasMessageContaining("archive.csv has beats of 140 samples but model " + loaded.manifest().modelId()
            + " expects 12");
  }

  private void rewriteManifest(String from, String to) throws Exception {
    Path manifest = bundleDir.resolve(ModelBundle.MANIFEST_FILE);
    String json = Files.readString(manifest);
    assertThat(json).contains(from);
    Files.writeString(manifest, json.replace(from, to));
  }

  private static List<BeatRecord> syntheticBeats(int count) {
    Random random = new Random(7);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i -> {
              float[] samples = new float[BEAT_LENGTH];
              for (int s = 0; s < BEAT_LENGTH; s++) {
                samples[s] = (float) (Math.sin(s / 2.0) + 0.1 * random.nextGaussian());
              }
              return new BeatRecord("synthetic.csv", i, samples, 1.0, true);
            })
        .toList();
  }
}
