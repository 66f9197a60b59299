package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and config end the job with exit code 2 and a one-line reason, before Spark starts. */
class JobExitCodeTest {
  @TempDir Path dir;

  @Test
  void invalidConfigValueExitsWithUsageCodeAndNamesTheKey() {
    String stderr = stderrOf(() -> assertThat(JobRunner.run("train", new TrainJob(),
        new String[] {"--output", dir.toString(), "--set", "train.epochs=0"})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("train: error: Invalid config: train.epochs = 0");
  }

  @Test
  void missingRequiredOptionExitsWithUsageCode() {
    String stderr = stderrOf(() -> assertThat(JobRunner.run("evaluate", new EvaluateJob(), new String[] {}))
        .isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("Missing required option: '--output=DIR'");
  }

  @Test
  void missingModelBundleIsNamed() {
    String stderr = stderrOf(() -> assertThat(JobRunner.run("evaluate", new EvaluateJob(),
        new String[] {"--output", dir.toString()})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("Not a model bundle").contains(dir.resolve("model").toString());
  }

  private static String stderrOf(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString();
  }
}
