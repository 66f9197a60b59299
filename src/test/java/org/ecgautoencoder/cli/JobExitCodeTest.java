package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ecgautoencoder.config.RuntimeConfig;
import org.ecgautoencoder.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and config end the job with exit code 2 and a one-line reason, before Spark starts. */
class JobExitCodeTest {
  @TempDir Path dir;

  @Test
  void invalidConfigValueExitsWithUsageCodeAndNamesTheKey() {
    String stderr = CapturedStderr.during(() -> assertThat(JobRunner.run("train", new TrainJob(),
        new String[] {"--output", dir.toString(), "--set", "train.epochs=0"})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("train: error: Invalid config: train.epochs = 0");
  }

  @Test
  void unknownSparkMasterExitsWithUsageCodeBeforeSparkStarts() {
    String fromConfig = CapturedStderr.during(() -> assertThat(JobRunner.run("train", new TrainJob(),
        new String[] {"--output", dir.toString(), "--set", "runtime.spark-master=bogus://x"})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(fromConfig.strip())
        .isEqualTo("train: error: Invalid config: runtime.spark-master = \"bogus://x\"; allowed: " + RuntimeConfig.ACCEPTED_MASTERS);
    String fromOption = CapturedStderr.during(() -> assertThat(JobRunner.run("train", new TrainJob(),
        new String[] {"--output", dir.toString(), "--master", "bogus"})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(fromOption.strip())
        .isEqualTo("train: error: --master bogus is not a Spark master URL; allowed: " + RuntimeConfig.ACCEPTED_MASTERS);
  }

  @Test
  void partitionColumnNamedLikeATableColumnExitsWithUsageCodeBeforeTheModelIsRead() {
    String stderr = CapturedStderr.during(() -> assertThat(JobRunner.run("score", new ScoreJob(),
        new String[] {"--model", dir.resolve("no-model").toString(), "--output", dir.toString(),
            "--set", "score.partition-column=label"})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).startsWith("score: error: Invalid config: score.partition-column = \"label\"; allowed: ");
  }

  @Test
  void missingRequiredOptionExitsWithUsageCode() {
    String stderr = CapturedStderr.during(() -> assertThat(JobRunner.run("evaluate", new EvaluateJob(), new String[] {}))
        .isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("Missing required option: '--output=DIR'");
  }

  @Test
  void missingModelBundleIsNamed() {
    String stderr = CapturedStderr.during(() -> assertThat(JobRunner.run("evaluate", new EvaluateJob(),
        new String[] {"--output", dir.toString()})).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("Not a model bundle").contains(dir.resolve("model").toString());
  }
}
