package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.NormalisationMethod;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.inference.ReconstructionErrors;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.io.Checksums;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.network.CodeLayer;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle written and read back on the local filesystem through Hadoop, and every way it is refused. */
class ModelBundleTest {
  private static final int BEAT_LENGTH = 12;
  private static final Configuration HADOOP = new Configuration();

  @TempDir Path dir;
  private Path bundleDir;
  private AutoencoderModel written;
  private List<BeatRecord> beats;

  @BeforeEach
  void writeBundle() {
    ConfigLoader loader =
        TestConfigs.loader(
            "input.beat-length=" + BEAT_LENGTH, "model.encoder-layers=[6,3]", "model.decoder-layers=[6]", "train.epochs=1");
    EcgConfig config = loader.toEcgConfig();
    MultiLayerNetwork network = AutoencoderFactory.network(config.model(), config.train(), BEAT_LENGTH);
    beats = syntheticBeats(20);
    BeatStatistics stats = new BeatStatistics(BEAT_LENGTH);
    beats.forEach(beat -> stats.add(beat.samples()));
    Normaliser normaliser = Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats);
    Threshold threshold =
        Threshold.choose(ThresholdConfig.meanPlusKStd(1), ThresholdInputs.trainingOnly(new double[] {0.08, 0.12}));
    TrainingSummary summary =
        new TrainingSummary(
            "local", 1, 0.5, List.of(new EpochLoss(1, 0.2, 0.3, 0.5)),
            new SplitSummary(SplitSummary.METHOD, 0.2, 21, 25, 20, 5, 20, 0, 0), new DataFingerprint(20, "00ff"));
    bundleDir = dir.resolve("model");
    written =
        AutoencoderModel.create(network, normaliser, threshold, CodeLayer.of(config.model()), summary, loader);
    written.save(bundleDir.toString(), HADOOP);
  }

  private AutoencoderModel load() {
    return AutoencoderModel.load(bundleDir.toString(), HADOOP);
  }

  @Test
  void loadedBundleScoresIdentically() {
    AutoencoderModel loaded = load();

    double[] before = ReconstructionErrors.meanAbsoluteError(written.network(), BatchBuilder.features(beats, written.normaliser()));
    double[] after = ReconstructionErrors.meanAbsoluteError(loaded.network(), BatchBuilder.features(beats, loaded.normaliser()));
    assertThat(after).containsExactly(before);
    assertThat(loaded.normaliser()).isEqualTo(written.normaliser());
    assertThat(loaded.threshold()).isEqualTo(written.threshold());
    assertThat(loaded.codeLayer()).isEqualTo(new CodeLayer(1, 3));
    assertThat(loaded.id()).isEqualTo(written.id()).hasSize(16);
    assertThat(loaded.beatLength()).isEqualTo(BEAT_LENGTH);
    assertThat(loaded.manifest().provenance().libraryVersions()).containsKeys("deeplearning4j.version", "nd4j.backend");
    assertThat(loaded.trainingConfig().train().epochs()).as("the stored configuration, typed and validated").isEqualTo(1);
    assertThat(loaded.trainingConfig().model().encoderLayers()).containsExactly(6, 3);
  }

  @Test
  void modelJsonIsReadable() throws Exception {
    String json = Files.readString(bundleDir.resolve("model.json"));
    assertThat(json)
        .contains("\"format_version\" : 3", "\"beat_length\" : 12", "\"training_data\"", "\"created_at\"",
            "\"validation_loss\" : 0.3", "\"code_layer\"", "\"parameters.bin\"");
  }

  /** The id covers what changes scores: another threshold is another model. */
  @Test
  void twoModelsThatDifferOnlyInTheirThresholdHaveDifferentIds() {
    Threshold other =
        Threshold.choose(ThresholdConfig.meanPlusKStd(2), ThresholdInputs.trainingOnly(new double[] {0.08, 0.12}));
    AutoencoderModel stricter =
        AutoencoderModel.create(
            written.network(), written.normaliser(), other, written.codeLayer(), written.training(),
            TestConfigs.loader("input.beat-length=" + BEAT_LENGTH, "model.encoder-layers=[6,3]", "model.decoder-layers=[6]"));
    assertThat(stricter.id()).isNotEqualTo(written.id());
  }

  @Test
  void anEditedThresholdIsRefusedNamingTheFile() throws Exception {
    String value = Double.toString(written.threshold().value());
    rewriteManifest("\"value\" : " + value, "\"value\" : 0.0");
    assertThatThrownBy(this::load)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model.json is not the model it names")
        .hasMessageContaining("records " + written.id());
  }

  @Test
  void anEditedRecordingSettingIsRefused() throws Exception {
    // Every job that scores recordings cuts their beats as the bundle's training configuration says.
    rewriteManifest("\"rhythm-weight\" : 1", "\"rhythm-weight\" : 2");
    assertThatThrownBy(this::load)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the model it names");
  }

  @Test
  void aBundleOfFormatVersion2IsReadWithTheIdItWasWrittenUnder() throws Exception {
    byte[] network = Files.readAllBytes(bundleDir.resolve("network-configuration.json"));
    byte[] parameters = Files.readAllBytes(bundleDir.resolve("parameters.bin"));
    byte[] normaliser = Files.readAllBytes(bundleDir.resolve("normaliser.json"));
    String version2Id = ModelIds.of(network, parameters, normaliser, written.threshold(), written.codeLayer(), null);
    rewriteManifest("\"format_version\" : 3", "\"format_version\" : 2");
    rewriteManifest("\"model_id\" : \"" + written.id() + "\"", "\"model_id\" : \"" + version2Id + "\"");

    assertThat(load().id()).isEqualTo(version2Id);
  }

  @Test
  void aParameterChangedTogetherWithItsRecordedChecksumIsRefused() throws Exception {
    Path parameters = bundleDir.resolve("parameters.bin");
    byte[] bytes = Files.readAllBytes(parameters);
    String before = Checksums.sha256(bytes);
    bytes[bytes.length - 1] ^= 0x01;
    Files.write(parameters, bytes);
    rewriteManifest(before, Checksums.sha256(bytes));
    dropHadoopChecksums();
    assertThatThrownBy(this::load)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the model it names");
  }

  @Test
  void corruptedParametersAreRefused() throws Exception {
    Path parameters = bundleDir.resolve("parameters.bin");
    byte[] bytes = Files.readAllBytes(parameters);
    bytes[bytes.length - 1] ^= 0x01;
    Files.write(parameters, bytes);
    dropHadoopChecksums();

    assertThatThrownBy(this::load)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is corrupted: parameters.bin has sha256")
        .hasMessageContaining("but model.json expects");
  }

  @Test
  void aFileChangedUnderHadoopsOwnChecksumIsRefusedToo() throws Exception {
    Path parameters = bundleDir.resolve("parameters.bin");
    byte[] bytes = Files.readAllBytes(parameters);
    bytes[bytes.length - 1] ^= 0x01;
    Files.write(parameters, bytes);
    assertThatThrownBy(this::load).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameters.bin");
  }

  @Test
  void missingFileIsNamed() throws Exception {
    Files.delete(bundleDir.resolve("normaliser.json"));
    assertThatThrownBy(this::load).hasMessageContaining("is missing normaliser.json");
  }

  @Test
  void unknownFormatVersionIsRefused() throws Exception {
    rewriteManifest("\"format_version\" : 3", "\"format_version\" : 99");
    assertThatThrownBy(this::load).hasMessageContaining("has format_version 99 but this build reads versions 2 and 3");
  }

  @Test
  void declaredWidthThatDisagreesWithTheFilesIsRefused() throws Exception {
    rewriteManifest("\"beat_length\" : 12", "\"beat_length\" : 13");
    assertThatThrownBy(this::load).hasMessageContaining("is inconsistent: normaliser width is 12 but model.json declares 13");
  }

  @Test
  void aStoredConfigurationThatNoLongerValidatesIsRefused() throws Exception {
    rewriteManifest("\"epochs\" : 1", "\"epochs\" : 0");
    assertThatThrownBy(this::load).hasMessageContaining("train.epochs = 0");
  }

  @Test
  void folderWithoutManifestIsNotABundle() {
    assertThatThrownBy(() -> AutoencoderModel.load(dir.toString(), HADOOP))
        .hasMessageContaining("Not a model bundle")
        .hasMessageContaining("has no model.json");
  }

  @Test
  void aSecondSaveReplacesTheBundleWhole() {
    written.save(bundleDir.toString(), HADOOP);
    assertThat(load().id()).isEqualTo(written.id());
    try (Stream<Path> siblings = java.nio.file.Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith("."))).containsExactly("model");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void inputOfTheWrongWidthIsRefusedBeforeScoring() {
    AutoencoderModel loaded = load();
    assertThatThrownBy(() -> loaded.requireInputWidth(140, "archive.csv"))
        .hasMessageContaining("archive.csv has beats of 140 samples but model " + loaded.id() + " expects 12");
  }

  private void rewriteManifest(String from, String to) throws Exception {
    Path manifest = bundleDir.resolve("model.json");
    String json = Files.readString(manifest);
    assertThat(json).contains(from);
    Files.writeString(manifest, json.replace(from, to));
    dropHadoopChecksums();
  }

  /** What a tamperer would do too: Hadoop's local filesystem keeps a .crc beside each file it wrote. */
  private void dropHadoopChecksums() throws Exception {
    try (Stream<Path> files = Files.list(bundleDir)) {
      for (Path crc : files.filter(f -> f.getFileName().toString().endsWith(".crc")).toList()) {
        Files.delete(crc);
      }
    }
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
              return new BeatRecord("synthetic.csv:" + i, samples, 1.0, true);
            })
        .toList();
  }
}
