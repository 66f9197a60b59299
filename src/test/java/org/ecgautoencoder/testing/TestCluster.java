package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The Spark standalone cluster of scripts/test-cluster.sh (a Master and two Workers, separate JVMs on
 * 127.0.0.1), and jobs submitted to it with the real scripts/submit-*.sh and the cluster jar. The build starts
 * the cluster before the integration tests and stops it after them; {@link #ensureRunning()} also (re)starts
 * what is missing, so a test that killed a Worker leaves a whole cluster to the next.
 */
public final class TestCluster {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path DIR = ROOT.resolve("target/test-cluster");

  private TestCluster() {}

  /** Starts the master and any Worker that is not running; returns the master URL. */
  public static String ensureRunning() {
    try {
      Process start =
          new ProcessBuilder(ROOT.resolve("scripts/test-cluster.sh").toString(), "start")
              .redirectError(ProcessBuilder.Redirect.appendTo(DIR.resolveSibling("test-cluster-start.log").toFile()))
              .start();
      String out = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!start.waitFor(3, TimeUnit.MINUTES) || start.exitValue() != 0) {
        throw new IllegalStateException("scripts/test-cluster.sh start failed; see target/test-cluster-start.log");
      }
      return out.substring(out.lastIndexOf('\n') + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts {@code scripts/SCRIPT} (submit-train.sh, submit-score.sh) with conf/spark-test-cluster.conf; its
   * output goes to {@code log}. The returned process is the driver JVM itself (the scripts exec spark-submit,
   * which execs java), so killing it kills the driver.
   */
  public static Process submit(String script, Path log, List<String> jobArgs) {
    // The javacpp cache as an absolute path, and the Vector API module for scoring's kernels.
    String nativeCache = "--add-modules=jdk.incubator.vector -Dorg.bytedeco.javacpp.cachedir=" + TestPaths.scratch("javacpp");
    List<String> command = new ArrayList<>(List.of(
        ROOT.resolve("scripts").resolve(script).toString(),
        "--properties", ROOT.resolve("conf/spark-test-cluster.conf").toString(),
        "--conf", "spark.executor.extraJavaOptions=" + nativeCache,
        "--conf", "spark.driver.extraJavaOptions=" + nativeCache,
        "--conf", "spark.local.dir=" + TestPaths.scratch("cluster-driver"),
        "--"));
    command.addAll(jobArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("SPARK_HOME", DIR.resolve("spark-home").toString());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      Files.createDirectories(log.getParent());
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  /** Runs a submitted job to its end and returns its exit code. */
  public static int run(String script, Path log, List<String> jobArgs, Duration limit) {
    Process job = submit(script, log, jobArgs);
    try {
      if (!job.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        job.destroyForcibly().waitFor();
        throw new AssertionError(script + " did not finish within " + limit + "; see " + log);
      }
      return job.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The executor JVMs running on the cluster now (Spark's CoarseGrainedExecutorBackend processes). */
  public static List<ProcessHandle> executors() {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .toList();
  }

  /** Kills Worker {@code n} (1 or 2) with SIGKILL, as a lost machine would go; its executor then exits too. */
  public static void killWorker(int n) {
    Path pidFile = DIR.resolve("worker-" + n + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      ProcessHandle worker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("worker " + n + " is not running"));
      worker.destroyForcibly();
      worker.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot kill worker " + n + " (" + pidFile + ")", e);
    }
  }

  /** Kills with SIGKILL and waits until the process is gone. */
  public static void kill(ProcessHandle process) {
    process.destroyForcibly();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Process " + process.pid() + " did not die", e);
    }
  }

  /** Polls {@code condition} every 50 ms while {@code job} runs; fails if the job ends first or time runs out. */
  public static void awaitWhileRunning(Process job, BooleanSupplier condition, Duration limit, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (!job.isAlive()) {
        throw new AssertionError("The job ended (exit " + job.exitValue() + ") before " + what);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " did not happen within " + limit);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
