package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.ThresholdConfig;
import org.ecgautoencoder.data.BeatStatistics;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.EpochLoss;
import org.ecgautoencoder.model.SplitSummary;
import org.ecgautoencoder.model.Threshold;
import org.ecgautoencoder.model.ThresholdInputs;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.network.CodeLayer;
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

  /**
   * An untrained model of the reference settings with {@code overrides} on top, built without Spark or data: for
   * checks that need a model's shape only (its widths, its bundle on disk).
   */
  public static AutoencoderModel untrained(String... overrides) {
    ConfigLoader loader = TestConfigs.loader(overrides);
    EcgConfig config = loader.toEcgConfig();
    int width = config.input().beatLength();
    BeatStatistics stats = new BeatStatistics(width);
    float[] ones = new float[width];
    Arrays.fill(ones, 1f);
    stats.add(new float[width]);
    stats.add(ones);
    TrainingSummary summary =
        new TrainingSummary(
            "local", 0, 0.1, List.of(new EpochLoss(1, 0.2, 0.3, 0.1)),
            new SplitSummary(SplitSummary.METHOD, 0.2, 21, 2, 2, 0, 2, 0, 0), new DataFingerprint(2, "00ff"));
    return AutoencoderModel.create(
        AutoencoderFactory.network(config.model(), config.train(), width),
        Normaliser.fit(config.normalisation(), stats),
        Threshold.choose(ThresholdConfig.meanPlusKStd(1), ThresholdInputs.trainingOnly(new double[] {0.08, 0.12})),
        CodeLayer.of(config.model()), summary, loader);
  }

  /** Shared: tests only read it. Loaded from its bundle, as the jobs load models. */
  public static synchronized AutoencoderModel ecg5000Model() {
    if (model == null) {
      model = TestFiles.model(ecg5000BundleDir());
    }
    return model;
  }
}
