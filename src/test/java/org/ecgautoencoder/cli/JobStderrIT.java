package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.testing.EmbeddedJob;
import org.ecgautoencoder.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that fails once Spark runs, in its own JVM, logging at INFO as spark-submit's log4j2 settings do: the
 * one-line reason is still the last line of stderr, after Spark's shutdown hooks.
 */
class JobStderrIT {
  @TempDir Path dir;

  @Test
  void theReasonIsTheLastLineOfStderrAfterSparksShutdownHooks() throws Exception {
    Path logging = dir.resolve("log4j2-info.properties");
    Files.writeString(logging, String.join("\n",
        "rootLogger.level = info", "rootLogger.appenderRef.stderr.ref = console", "appender.console.type = Console",
        "appender.console.name = console", "appender.console.target = SYSTEM_ERR",
        "appender.console.layout.type = PatternLayout", "appender.console.layout.pattern = %-5p %c{1}: %m%n%ex", ""));
    String bundle = dir.resolve("model").toString();
    TestModels.untrained().save(bundle, new Configuration());
    Path absent = dir.resolve("absent.csv");
    Path stderr = dir.resolve("stderr.txt");

    Process job = EmbeddedJob.start(
        "org.ecgautoencoder.cli.ScoreJob", List.of("-Dlog4j2.configurationFile=" + logging),
        List.of("--model", bundle, "--input", absent.toString(), "--output", dir.resolve("table").toString()),
        dir.resolve("stdout.txt"), stderr);

    assertThat(job.waitFor(3, TimeUnit.MINUTES)).as("score job finished").isTrue();
    assertThat(job.exitValue()).isEqualTo(JobRunner.EXIT_USAGE);
    List<String> lines = Files.readAllLines(stderr);
    assertThat(lines).as("Spark ran and logged at INFO").anyMatch(line -> line.contains("SparkContext"));
    assertThat(lines).last().asString().startsWith("score: error: Input path not found: " + absent);
  }
}
