package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingStartMode;

/**
 * A real model bundle for scoring tests: the reference network trained on ECG5000 for a few epochs in local
 * mode (seconds), once per test JVM, in a fresh folder under target/.
 */
public final class TestModels {
  private static Path bundleDir;
  private static AutoencoderModel model;

  private TestModels() {}

  public static synchronized Path ecg5000BundleDir() {
    if (bundleDir == null) {
      try {
        Path run = Files.createTempDirectory(TestPaths.scratch("test-models"), "ecg5000-");
        ConfigLoader config = TestConfigs.loader("train.mode=local", "train.epochs=3");
        new TrainingPipeline(SharedSpark.session(), config).run(run.toString(), TrainingStartMode.FRESH);
        bundleDir = run.resolve(TrainingPipeline.MODEL_FOLDER);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundleDir;
  }

  /** Shared: tests only read it. */
  public static synchronized AutoencoderModel ecg5000Model() {
    if (model == null) {
      model = AutoencoderModel.load(ecg5000BundleDir().toString(), SharedSpark.session().sparkContext().hadoopConfiguration());
    }
    return model;
  }
}
