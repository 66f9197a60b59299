package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecgautoencoder.io.UnreadableInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one place exit codes are decided: 0 success, 2 a bad argument, config or input (the message says what
 * to fix), 1 anything else (stack trace in the log). Either way stderr gets one line with the reason.
 */
public final class JobRunner {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private JobRunner() {}

  public static int run(String jobName, Callable<Integer> job, String[] args) {
    CommandLine commandLine = new CommandLine(job).setCommandName(jobName);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          // Bad input found by a reading task reaches the driver inside Spark's task and job failures.
          Exception failure = UnreadableInputException.foundIn(exception).map(Exception.class::cast).orElse(exception);
          if (failure instanceof IllegalArgumentException) {
            LOG.error("{} failed: {}", jobName, failure.getMessage(), failure);
            System.err.println(jobName + ": error: " + failure.getMessage());
            return EXIT_USAGE;
          }
          LOG.error("{} failed", jobName, exception);
          System.err.println(jobName + ": failed: " + exception);
          return EXIT_FAILURE;
        });
    return commandLine.execute(args);
  }

  /**
   * ND4J unpacks ~400 MB of natives on first use; unless told otherwise (scripts set it under target/),
   * put them under the run's scratch folder rather than the home directory.
   */
  static void keepNativeCacheOutOfHome(Path scratchDir) {
    if (System.getProperty("org.bytedeco.javacpp.cachedir") == null) {
      System.setProperty(
          "org.bytedeco.javacpp.cachedir", scratchDir.resolve("javacpp").toAbsolutePath().toString());
    }
  }
}
