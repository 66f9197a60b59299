package org.ecgautoencoder.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * A run stopped after some epochs and resumed from its checkpoint trains the same model as one that never
 * stopped (local mode: the same row orders are replayed and Adam's state comes back with the network).
 */
class TrainingResumeSparkTest {

  private static ModelBundle train(Path output, boolean resume, String... overrides) {
    ConfigLoader loader = TestConfigs.loader(overrides);
    return new TrainingPipeline(SharedSpark.session(), loader.toEcgConfig(), Json.parse(loader.renderJson()))
        .run(output, resume);
  }

  private static String[] names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void resumedRunEqualsAnUninterruptedOne() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "run-");
    ModelBundle uninterrupted = train(work.resolve("whole"), false, "train.mode=local", "train.epochs=4");

    Path stopped = work.resolve("stopped");
    train(stopped, false, "train.mode=local", "train.epochs=2");
    assertThat(names(stopped.resolve(TrainingCheckpoints.FOLDER))).containsExactly("epoch-0001", "epoch-0002");
    ModelBundle resumed = train(stopped, true, "train.mode=local", "train.epochs=4");

    assertThat(resumed.network().params().toDoubleVector())
        .containsExactly(uninterrupted.network().params().toDoubleVector());
    assertThat(resumed.manifest().training().history()).hasSize(4);
    assertThat(resumed.manifest().training().history().subList(0, 2))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("elapsedSeconds")
        .isEqualTo(uninterrupted.manifest().training().history().subList(0, 2));
    assertThat(resumed.threshold().value()).isEqualTo(uninterrupted.threshold().value());
    // Only the newest two are kept.
    assertThat(names(stopped.resolve(TrainingCheckpoints.FOLDER))).containsExactly("epoch-0003", "epoch-0004");
  }

  @Test
  void aResumedParameterAveragingRunEqualsAnUninterruptedOne() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "spark-");
    ModelBundle uninterrupted = train(work.resolve("whole"), false, "train.mode=spark", "train.epochs=3");
    train(work.resolve("stopped"), false, "train.mode=spark", "train.epochs=1");
    ModelBundle resumed = train(work.resolve("stopped"), true, "train.mode=spark", "train.epochs=3");

    assertThat(resumed.network().params().toDoubleVector())
        .containsExactly(uninterrupted.network().params().toDoubleVector());
  }

  @Test
  void resumeRefusesOtherSettingsAndStartsOverWithoutCheckpoints() throws IOException {
    Path work = Files.createTempDirectory(TestPaths.scratch("resume"), "refuse-");
    train(work, false, "train.mode=local", "train.epochs=1");

    assertThatThrownBy(() -> train(work, true, "train.mode=local", "train.epochs=2", "train.learning-rate=0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epoch-0001")
        .hasMessageContaining("other settings (train differ)");

    // A run without --resume deletes the old checkpoints; --resume without any trains from the first epoch.
    train(work, false, "train.mode=local", "train.epochs=1", "train.checkpoints.every-epochs=0");
    assertThat(work.resolve(TrainingCheckpoints.FOLDER)).doesNotExist();
    ModelBundle fresh = train(work, true, "train.mode=local", "train.epochs=1", "train.checkpoints.every-epochs=0");
    assertThat(fresh.manifest().training().history()).hasSize(1);
  }
}
