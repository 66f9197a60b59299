package org.ecgautoencoder.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * A run stopped after some epochs and resumed from its checkpoint trains the same model as one that never
 * stopped (local mode: the same row orders are replayed and Adam's state comes back with the network).
 */
class TrainingResumeSparkTest {

  private static AutoencoderModel train(Path output, TrainingStartMode mode, String... overrides) {
    return new TrainingPipeline(SharedSpark.session(), TestConfigs.loader(overrides)).run(output.toString(), mode).model();
  }

  private static String[] names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void resumedRunEqualsAnUninterruptedOne() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "run-");
    AutoencoderModel uninterrupted = train(work.resolve("whole"), TrainingStartMode.FRESH, "train.mode=local", "train.epochs=4");

    Path stopped = work.resolve("stopped");
    train(stopped, TrainingStartMode.FRESH, "train.mode=local", "train.epochs=2");
    assertThat(names(stopped.resolve(TrainingCheckpoints.FOLDER))).containsExactly("epoch-0001", "epoch-0002");
    AutoencoderModel resumed = train(stopped, TrainingStartMode.RESUME, "train.mode=local", "train.epochs=4");

    assertThat(resumed.network().params().toDoubleVector())
        .containsExactly(uninterrupted.network().params().toDoubleVector());
    assertThat(resumed.training().history()).hasSize(4);
    assertThat(resumed.training().history().subList(0, 2))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("elapsedSeconds")
        .isEqualTo(uninterrupted.training().history().subList(0, 2));
    assertThat(resumed.threshold().value()).isEqualTo(uninterrupted.threshold().value());
    // Only the newest two are kept.
    assertThat(names(stopped.resolve(TrainingCheckpoints.FOLDER))).containsExactly("epoch-0003", "epoch-0004");
  }

  @Test
  void aResumedParameterAveragingRunEqualsAnUninterruptedOne() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "spark-");
    AutoencoderModel uninterrupted = train(work.resolve("whole"), TrainingStartMode.FRESH, "train.mode=spark", "train.epochs=3");
    train(work.resolve("stopped"), TrainingStartMode.FRESH, "train.mode=spark", "train.epochs=1");
    AutoencoderModel resumed = train(work.resolve("stopped"), TrainingStartMode.RESUME, "train.mode=spark", "train.epochs=3");

    assertThat(resumed.network().params().toDoubleVector())
        .containsExactly(uninterrupted.network().params().toDoubleVector());
  }

  @Test
  void resumeRefusesOtherSettingsAndStartsOverWithoutCheckpoints() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "refuse-");
    train(work, TrainingStartMode.FRESH, "train.mode=local", "train.epochs=1");

    assertThatThrownBy(() -> train(work, TrainingStartMode.RESUME, "train.mode=local", "train.epochs=2", "train.learning-rate=0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epoch-0001")
        .hasMessageContaining("other settings (train differ)");

    // A run without --resume deletes the old checkpoints; --resume without any trains from the first epoch.
    train(work, TrainingStartMode.FRESH, "train.mode=local", "train.epochs=1", "train.checkpoints.every-epochs=0");
    Path folder = work.resolve(TrainingCheckpoints.FOLDER);
    assertThat(Files.exists(folder) ? names(folder) : new String[0]).as("checkpoints left").isEmpty();
    AutoencoderModel fresh = train(work, TrainingStartMode.RESUME, "train.mode=local", "train.epochs=1", "train.checkpoints.every-epochs=0");
    assertThat(fresh.training().history()).hasSize(1);
  }

  /** Checkpoints are plain files with recorded checksums: a changed one is refused, naming the file. */
  @Test
  void aTamperedCheckpointIsRefusedNamingTheFile() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "tampered-");
    train(work, TrainingStartMode.FRESH, "train.mode=local", "train.epochs=1");
    Path checkpoint = work.resolve(TrainingCheckpoints.FOLDER).resolve("epoch-0001");
    assertThat(names(checkpoint)).contains("checkpoint.json", "network-configuration.json", "parameters.bin", "updater-state.bin");
    Path parameters = checkpoint.resolve("parameters.bin");
    byte[] bytes = Files.readAllBytes(parameters);
    bytes[bytes.length - 1] ^= 0x01;
    Files.write(parameters, bytes);
    Files.deleteIfExists(checkpoint.resolve(".parameters.bin.crc"));

    assertThatThrownBy(() -> train(work, TrainingStartMode.RESUME, "train.mode=local", "train.epochs=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot resume from")
        .hasMessageContaining("parameters.bin has sha256");
  }
}
