package org.ecgautoencoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestModels;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score job as users run it, in its own JVM, killed with SIGKILL while it writes: the first run leaves no
 * _SUCCESS and no partition; a killed rerun leaves the previous table exactly as it was; a rerun completes
 * with the same rows. Tables are read back with parquet-hadoop's own reader, not Spark's.
 */
@ExtendWith(SharedSpark.class)
class ScoreJobIT {
  private static final int COPIES = 40; // 40 x 4998 rows, about 315 MB: a few seconds of writing to interrupt
  private static final String PARTITION = "run_date=2026-01-01";

  @TempDir static Path dir;
  private static Path archive;
  private static Path model;

  @BeforeAll
  static void prepare() throws IOException {
    model = TestModels.ecg5000BundleDir();
    archive = dir.resolve("archive");
    Files.createDirectories(archive);
    byte[] ecg = Files.readAllBytes(TestPaths.ecgCsv());
    for (int file = 0; file < 4; file++) {
      try (OutputStream out = Files.newOutputStream(archive.resolve("part-" + file + ".csv"))) {
        for (int copy = 0; copy < COPIES / 4; copy++) {
          out.write(ecg);
        }
      }
    }
  }

  @Test
  void aKilledRunNeverShowsAPartialTableAndARerunCompletes() throws Exception {
    Path output = dir.resolve("table");

    killWhileWriting(output);
    assertThat(output.resolve("_SUCCESS")).doesNotExist();
    assertThat(output.resolve(PARTITION)).doesNotExist();

    assertThat(runToEnd(output)).isZero();
    assertThat(output.resolve("_SUCCESS")).exists();
    Map<String, Double> committed = readTable(output.resolve(PARTITION));
    assertThat(committed).hasSize(COPIES * 4998);
    List<String> filesBefore = files(output);
    String successBefore = Files.readString(output.resolve("_SUCCESS"));

    killWhileWriting(output);
    assertThat(files(output)).isEqualTo(filesBefore);
    assertThat(Files.readString(output.resolve("_SUCCESS"))).isEqualTo(successBefore);
    assertThat(readTable(output.resolve(PARTITION))).isEqualTo(committed);

    assertThat(runToEnd(output)).isZero();
    assertThat(readTable(output.resolve(PARTITION))).isEqualTo(committed);
    try (Stream<Path> staging = Files.list(output.resolve(".staging"))) {
      assertThat(staging).isEmpty();
    }
  }

  private static Process start(Path output) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("@" + Path.of("conf/java17-spark.args").toAbsolutePath());
    command.add("-Dorg.bytedeco.javacpp.cachedir=" + TestPaths.scratch("javacpp"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.ecgautoencoder.cli.ScoreJob");
    command.addAll(
        List.of(
            "--model", model.toString(), "--input", archive.toString(), "--output", output.toString(), "--master",
            "local[2]", "--set", "score.partition-value=2026-01-01"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("jobs.log").toFile()))
        .start();
  }

  private static int runToEnd(Path output) throws Exception {
    Process job = start(output);
    assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("score job finished").isTrue();
    return job.exitValue();
  }

  /** Starts the job and kills it (SIGKILL) as soon as Spark has begun writing the staged table. */
  private static void killWhileWriting(Path output) throws Exception {
    Process job = start(output);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!writingHasBegun(output)) {
      assertThat(job.isAlive()).as("the job must still be running when its writing begins").isTrue();
      assertThat(System.nanoTime()).as("writing began within 3 minutes").isLessThan(deadline);
      Thread.sleep(20);
    }
    job.destroyForcibly().waitFor();
  }

  private static boolean writingHasBegun(Path output) throws IOException {
    Path staging = output.resolve(".staging");
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.anyMatch(file -> file.getFileName().toString().startsWith("part-"));
    } catch (java.io.UncheckedIOException racingWithSpark) {
      return false;
    }
  }

  private static List<String> files(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .map(output::relativize)
          .map(Path::toString)
          .filter(name -> !name.startsWith(".staging") && !name.startsWith(".scratch"))
          .sorted()
          .toList();
    }
  }

  /** record_id -> reconstruction_error through parquet-hadoop's example reader; fails on a duplicate id. */
  private static Map<String, Double> readTable(Path partition) throws IOException {
    Map<String, Double> rows = new TreeMap<>();
    Set<String> duplicates = new HashSet<>();
    try (Stream<Path> files = Files.list(partition)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
        try (ParquetReader<Group> reader =
            ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
                .withConf(new Configuration())
                .build()) {
          for (Group row = reader.read(); row != null; row = reader.read()) {
            String id = row.getString("record_id", 0);
            if (rows.put(id, row.getDouble("reconstruction_error", 0)) != null) {
              duplicates.add(id);
            }
          }
        }
      }
    }
    assertThat(duplicates).as("duplicate record ids").isEmpty();
    return rows;
  }
}
