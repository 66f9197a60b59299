package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A job run as users run it on one machine (scripts/score.sh and friends): its own JVM with a 1 GB heap,
 * Spark's Java 17 flags, an embedded local[2] Spark, and one BLAS thread per task (OMP_NUM_THREADS=1, as the
 * scripts and Spark's executors set it).
 */
public final class EmbeddedJob {
  private EmbeddedJob() {}

  public static Process start(String jobClass, List<String> jobArgs, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command(jobClass, List.of(), jobArgs)).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return start(builder, jobClass, log);
  }

  /** As {@link #start(String, List, Path)} with more JVM options, and stderr written apart: what a job says there. */
  public static Process start(String jobClass, List<String> jvmOptions, List<String> jobArgs, Path stdout, Path stderr) {
    ProcessBuilder builder =
        new ProcessBuilder(command(jobClass, jvmOptions, jobArgs)).redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    return start(builder, jobClass, stdout);
  }

  private static List<String> command(String jobClass, List<String> jvmOptions, List<String> jobArgs) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("@" + Path.of("conf/java17-spark.args").toAbsolutePath());
    command.add("-Dorg.bytedeco.javacpp.cachedir=" + TestPaths.scratch("javacpp"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(jobClass);
    command.addAll(jobArgs);
    command.addAll(List.of("--master", "local[2]"));
    return command;
  }

  private static Process start(ProcessBuilder builder, String jobClass, Path output) {
    builder.environment().put("OMP_NUM_THREADS", "1");
    try {
      Files.createDirectories(output.toAbsolutePath().getParent());
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + jobClass, e);
    }
  }
}
