package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import org.ecgautoencoder.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Whatever ends a job, stderr's last line is the one-line reason (the log holds the rest). */
class JobRunnerTest {

  /** A job that fails as Spark's jobs do: a message that goes on with the driver's stack trace. */
  @Command(name = "probe")
  static final class FailingJob implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException(
          "Job aborted due to stage failure: java.lang.NegativeArraySizeException: -1494967296\n"
              + "\tat org.ecgautoencoder.model.TransformTask.call(TransformTask.java:63)\n\nDriver stacktrace:");
    }
  }

  private static List<String> lines(String stderr) {
    return stderr.lines().toList();
  }

  @Test
  void aFailureWithAMultiLineMessageEndsStderrWithItsFirstLine() {
    String stderr = CapturedStderr.during(
        () -> assertThat(JobRunner.run("probe", new FailingJob(), new String[0])).isEqualTo(JobRunner.EXIT_FAILURE));
    assertThat(lines(stderr)).containsExactly(
        "probe: failed: java.lang.IllegalStateException: Job aborted due to stage failure:"
            + " java.lang.NegativeArraySizeException: -1494967296");
  }

  @Test
  void aUsageErrorPrintsTheUsageThenTheReasonLast() {
    String stderr = CapturedStderr.during(
        () -> assertThat(JobRunner.run("evaluate", new EvaluateJob(), new String[0])).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr).contains("Usage: evaluate");
    assertThat(lines(stderr)).last().isEqualTo("evaluate: error: Missing required option: '--output=DIR'");
  }
}
