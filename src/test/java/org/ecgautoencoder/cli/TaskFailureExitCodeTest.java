package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.util.concurrent.Callable;
import org.apache.spark.SparkException;
import org.ecgautoencoder.io.UnreadableInputException;
import org.ecgautoencoder.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A reading task's bad input reaches the driver inside Spark's exceptions; it is still bad input: exit 2. */
class TaskFailureExitCodeTest {
  @Command(name = "fails")
  static final class FailingJob implements Callable<Integer> {
    private final Exception failure;

    FailingJob(Exception failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      throw failure;
    }
  }

  @Test
  void unreadableInputWrappedBySparkExitsWithUsageCodeAndOneLine() {
    UnreadableInputException unreadable =
        new UnreadableInputException("file:/x/trunc.csv.gz: truncated gzip stream after 812 lines", new EOFException());
    // As the driver sees a task's failure: the job's abort, around the task's, around the reader's exception.
    Exception wrapped =
        new SparkException(
            "Job aborted due to stage failure", new SparkException("[TASK_WRITE_FAILED]", unreadable));

    String stderr =
        CapturedStderr.during(
            () -> assertThat(JobRunner.run("score", new FailingJob(wrapped), new String[] {})).isEqualTo(JobRunner.EXIT_USAGE));

    assertThat(stderr.strip()).isEqualTo("score: error: file:/x/trunc.csv.gz: truncated gzip stream after 812 lines");
  }

  @Test
  void otherTaskFailuresStillExitWithFailure() {
    Exception crash = new SparkException("Job aborted", new EOFException("disk"));
    String stderr =
        CapturedStderr.during(
            () -> assertThat(JobRunner.run("score", new FailingJob(crash), new String[] {})).isEqualTo(JobRunner.EXIT_FAILURE));
    assertThat(stderr).contains("score: failed:");
  }
}
