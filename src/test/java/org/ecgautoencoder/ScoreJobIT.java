package org.ecgautoencoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecgautoencoder.testing.EmbeddedJob;
import org.ecgautoencoder.testing.ScoreTables;
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
    archive = TestPaths.ecg5000Copies(dir.resolve("archive"), 4, COPIES / 4);
  }

  @Test
  void aKilledRunNeverShowsAPartialTableAndARerunCompletes() throws Exception {
    Path output = dir.resolve("table");

    killWhileWriting(output);
    assertThat(output.resolve("_SUCCESS")).doesNotExist();
    assertThat(output.resolve(PARTITION)).doesNotExist();

    assertThat(runToEnd(output)).isZero();
    assertThat(output.resolve("_SUCCESS")).exists();
    java.util.Map<String, Double> committed = ScoreTables.readPartition(output.resolve(PARTITION));
    assertThat(committed).hasSize(COPIES * 4998);
    List<String> filesBefore = ScoreTables.files(output);
    String successBefore = Files.readString(output.resolve("_SUCCESS"));

    killWhileWriting(output);
    assertThat(ScoreTables.files(output)).isEqualTo(filesBefore);
    assertThat(Files.readString(output.resolve("_SUCCESS"))).isEqualTo(successBefore);
    assertThat(ScoreTables.readPartition(output.resolve(PARTITION))).isEqualTo(committed);

    assertThat(runToEnd(output)).isZero();
    assertThat(ScoreTables.readPartition(output.resolve(PARTITION))).isEqualTo(committed);
    try (Stream<Path> staging = Files.list(output.resolve(".staging"))) {
      assertThat(staging).isEmpty();
    }
  }

  private static Process start(Path output) {
    return EmbeddedJob.start(
        "org.ecgautoencoder.cli.ScoreJob",
        List.of("--model", model.toString(), "--input", archive.toString(), "--output", output.toString(),
            "--set", "score.partition-value=2026-01-01"),
        dir.resolve("jobs.log"));
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
    while (!ScoreTables.writingHasBegun(output)) {
      assertThat(job.isAlive()).as("the job must still be running when its writing begins").isTrue();
      assertThat(System.nanoTime()).as("writing began within 3 minutes").isLessThan(deadline);
      Thread.sleep(20);
    }
    job.destroyForcibly().waitFor();
  }
}
