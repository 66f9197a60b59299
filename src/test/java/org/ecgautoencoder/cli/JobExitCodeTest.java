package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.config.RuntimeConfig;
import org.ecgautoencoder.testing.CapturedStderr;
import org.ecgautoencoder.testing.TestModels;
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
  void settingsTheModelCannotRunExitWithUsageCodeBeforeSparkStarts() {
    String bundle = dir.resolve("model").toString();
    TestModels.untrained().save(bundle, new Configuration());
    assertThat(refused("score", new ScoreJob(), bundle, "score.segment-errors=1000"))
        .startsWith("score: error: Invalid config: score.segment-errors = 1000; allowed: 0 to 140 (model ");
    assertThat(refused("score", new ScoreJob(), bundle, "score.batch-size=20000000"))
        .startsWith("score: error: Invalid config: score.batch-size = 20000000 is more beats than");
    // One task of local[1] has the test JVM's heap (-Xmx4g) less Spark's 300 MB: not 2000000 x 3312 bytes.
    assertThat(refused("score", new ScoreJob(), bundle, "score.batch-size=2000000"))
        .startsWith("score: error: Invalid config: score.batch-size = 2000000 needs about 6.2 GB per task")
        .contains("local[1]: 1 task has the ");
    assertThat(refused("evaluate", new EvaluateJob(), bundle, "evaluate.batch-size=20000000"))
        .startsWith("evaluate: error: Invalid config: evaluate.batch-size = 20000000 is more beats than");
    assertThat(refused("encode", new EncodeJob(), bundle, "evaluate.batch-size=20000000"))
        .startsWith("encode: error: Invalid config: evaluate.batch-size = 20000000 is more beats than");
  }

  /** What the job says when it refuses the setting with exit code 2; its input does not exist (it never gets there). */
  private String refused(String job, java.util.concurrent.Callable<Integer> command, String bundle, String setting) {
    return CapturedStderr.during(() -> assertThat(JobRunner.run(job, command, new String[] {
        "--model", bundle, "--input", dir.resolve("absent.csv").toString(), "--output", dir.resolve(job).toString(),
        "--master", "local[1]", "--set", setting})).isEqualTo(JobRunner.EXIT_USAGE)).strip();
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
