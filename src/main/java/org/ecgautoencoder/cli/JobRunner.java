package org.ecgautoencoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.ecgautoencoder.io.UnreadableInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one place exit codes are decided: 0 success, 2 a bad argument, config or input (the message says what
 * to fix), 1 anything else (stack trace in the log). Either way stderr ends with one line with the reason,
 * "JOB: error: ..." or "JOB: failed: ...", which scripts and people read first.
 */
public final class JobRunner {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private JobRunner() {}

  /** What a run ended with: its exit code and, on failure, the one line that says why. */
  private record Outcome(int code, String reason) {
    void printReason() {
      if (reason != null) {
        System.err.println(reason);
        System.err.flush();
      }
    }
  }

  /**
   * A job's main: runs it, stops logging, prints the reason, exits with the code. Spark's shutdown hooks (its
   * temp folders deleted, "Shutdown hook called") log after main has returned, at INFO under spark-submit's
   * log4j2 settings, so with logging still on they would follow the reason; stopped first, they print nothing.
   */
  public static void exit(String jobName, Callable<Integer> job, String[] args) {
    Outcome outcome = execute(jobName, job, args);
    LogManager.shutdown();
    outcome.printReason();
    System.exit(outcome.code());
  }

  /** Runs the job in this JVM and returns its exit code, the reason printed last (logging stays on: tests). */
  public static int run(String jobName, Callable<Integer> job, String[] args) {
    Outcome outcome = execute(jobName, job, args);
    outcome.printReason();
    return outcome.code();
  }

  private static Outcome execute(String jobName, Callable<Integer> job, String[] args) {
    AtomicReference<String> reason = new AtomicReference<>();
    CommandLine commandLine = new CommandLine(job).setCommandName(jobName);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          // The usage first, as picocli prints it, then the reason, last.
          CommandLine command = exception.getCommandLine();
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, command.getErr())) {
            command.usage(command.getErr());
          }
          command.getErr().flush();
          reason.set(jobName + ": error: " + firstLine(exception.getMessage()));
          return EXIT_USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          // Bad input found by a reading task reaches the driver inside Spark's task and job failures.
          Exception failure = UnreadableInputException.foundIn(exception).map(Exception.class::cast).orElse(exception);
          if (failure instanceof IllegalArgumentException) {
            LOG.error("{} failed: {}", jobName, failure.getMessage(), failure);
            reason.set(jobName + ": error: " + firstLine(failure.getMessage()));
            return EXIT_USAGE;
          }
          LOG.error("{} failed", jobName, exception);
          // A SparkException's message goes on with the driver's stack trace: its first line says what failed.
          reason.set(jobName + ": failed: " + firstLine(exception.toString()));
          return EXIT_FAILURE;
        });
    int code = commandLine.execute(args);
    return new Outcome(code, reason.get());
  }

  private static String firstLine(String message) {
    return message == null ? "null" : message.lines().findFirst().orElse("").strip();
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
