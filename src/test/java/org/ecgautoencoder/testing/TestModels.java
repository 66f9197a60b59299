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
  /** The settings the model was trained with. */
  public static final String[] TRAINING = {"train.mode=local", "train.epochs=3"};

  private static TrainingPipeline.TrainingRun run;
  private static AutoencoderModel model;

  private TestModels() {}

  /** The training run itself (what the train job's report is drawn from); its output folder holds the bundle. */
  public static synchronized TrainingPipeline.TrainingRun ecg5000Run() {
    if (run == null) {
      try {
        Path output = Files.createTempDirectory(TestPaths.scratch("test-models"), "ecg5000-");
        ConfigLoader config = TestConfigs.loader(TRAINING);
        run = new TrainingPipeline(SharedSpark.session(), config).run(output.toString(), TrainingStartMode.FRESH);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  public static Path ecg5000BundleDir() {
    return Path.of(java.net.URI.create(ecg5000Run().modelPath()));
  }

  /** Shared: tests only read it. Loaded from its bundle, as the jobs load models. */
  public static synchronized AutoencoderModel ecg5000Model() {
    if (model == null) {
      model = TestFiles.model(ecg5000BundleDir());
    }
    return model;
  }
}
