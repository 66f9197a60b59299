package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.train.TrainingPipeline;

/**
 * A real model bundle for scoring tests: the reference network trained on ECG5000 for a few epochs in local
 * mode (seconds), once per test JVM, in a fresh folder under target/.
 */
public final class TestModels {
  private static Path bundleDir;

  private TestModels() {}

  public static synchronized Path ecg5000BundleDir() {
    if (bundleDir == null) {
      try {
        Path run = Files.createTempDirectory(TestPaths.scratch("test-models"), "ecg5000-");
        ConfigLoader config = TestConfigs.loader("train.mode=local", "train.epochs=3");
        new TrainingPipeline(SharedSpark.session(), config.toEcgConfig(), Json.parse(config.renderJson())).run(run);
        bundleDir = run.resolve("model");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundleDir;
  }

  private static ModelBundle bundle;

  /** Shared: tests only read it. */
  public static synchronized ModelBundle ecg5000Bundle() {
    if (bundle == null) {
      bundle = ModelBundleReader.read(ecg5000BundleDir());
    }
    return bundle;
  }
}
