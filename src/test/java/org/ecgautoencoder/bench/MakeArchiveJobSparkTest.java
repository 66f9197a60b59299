package org.ecgautoencoder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.bench.archive.ArchiveArguments;
import org.ecgautoencoder.bench.archive.ArchiveFolder;
import org.ecgautoencoder.bench.archive.ArchiveMaker;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.cli.JobRunner;
import org.ecgautoencoder.testing.CapturedStderr;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * make-archive on the command line: an archive the job would make (built here on the shared Spark, since the
 * job stops its own session) is reused without Spark; other arguments and bad options exit with code 2.
 */
@ExtendWith(SharedSpark.class)
class MakeArchiveJobSparkTest {
  @TempDir Path dir;

  @Test
  void sameArgumentsReuseTheArchiveWithoutSparkAndOtherArgumentsAreRefused() throws Exception {
    Path out = dir.resolve("archive");
    String[] args = args(out, "--records", "200", "--files", "2", "--with-id");
    makeAsTheJobWould(args);
    byte[] manifest = Files.readAllBytes(out.resolve(ArchiveFolder.MANIFEST_NAME));

    assertThat(JobRunner.run("make-archive", new MakeArchiveJob(), args)).isZero();
    assertThat(SharedSpark.session().sparkContext().isStopped()).as("the job started and stopped Spark").isFalse();
    assertThat(Files.readAllBytes(out.resolve(ArchiveFolder.MANIFEST_NAME))).isEqualTo(manifest);

    String stderr = CapturedStderr.during(() -> assertThat(JobRunner.run("make-archive", new MakeArchiveJob(),
        args(out, "--records", "200", "--files", "2", "--seed", "8"))).isEqualTo(JobRunner.EXIT_USAGE));
    assertThat(stderr)
        .contains("make-archive: error: " + "file:" + out + " already holds an archive made with other arguments")
        .contains("with_id: true in _archive.json, false now")
        .contains("seed: 7 in _archive.json, 8 now");
  }

  @Test
  void badOptionCombinationsAndForeignFoldersFailBeforeSparkStarts() throws Exception {
    Path out = dir.resolve("never-written");
    assertThat(stderrOfUsageError(args(out, "--records", "10", "--gzip", "--parquet")))
        .contains("--gzip applies to CSV only");
    assertThat(stderrOfUsageError(args(out, "--records", "10", "--parquet-layout", "columns")))
        .contains("--parquet-layout applies to --parquet archives only");
    assertThat(stderrOfUsageError(args(out, "--records", "10", "--files", "11")))
        .contains("--files must be between 1 and min(--records, 100000) = 10");
    assertThat(stderrOfUsageError(new String[] {"--output", out.toString()}))
        .contains("Missing required option: '--records=N'");
    Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(dir.resolve("foreign/notes.txt"), "mine");
    assertThat(stderrOfUsageError(args(dir.resolve("foreign"), "--records", "10")))
        .contains("is not empty and holds no _archive.json");
    assertThat(SharedSpark.session().sparkContext().isStopped()).isFalse();
    assertThat(out).doesNotExist();
  }

  /** Parses the options as the job does and generates with the same arguments on the shared session. */
  private static void makeAsTheJobWould(String[] args) {
    MakeArchiveJob job = new MakeArchiveJob();
    new CommandLine(job).parseArgs(args);
    InputConfig input = ConfigLoader.load(null, job.options.effectiveOverrides()).toEcgConfig().input();
    ArchiveArguments arguments = job.archiveArguments(input, SharedSpark.context().hadoopConfiguration());
    new ArchiveMaker(SharedSpark.session(), input)
        .make(arguments, new ArchiveFolder(job.options.output(), SharedSpark.context().hadoopConfiguration()));
  }

  private static String[] args(Path out, String... more) {
    List<String> all = new ArrayList<>(List.of("--data", TestPaths.ecgCsv().toString(), "--output", out.toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static String stderrOfUsageError(String[] args) {
    return CapturedStderr.during(() -> assertThat(JobRunner.run("make-archive", new MakeArchiveJob(), args))
        .isEqualTo(JobRunner.EXIT_USAGE));
  }
}
