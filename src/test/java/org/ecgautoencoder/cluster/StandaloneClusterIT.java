package org.ecgautoencoder.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.testing.TestFiles;
import org.ecgautoencoder.train.TrainingStartMode;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.testing.EmbeddedJob;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestCluster;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster jar submitted with scripts/submit-*.sh to the standalone test cluster (two executor JVMs):
 * training with parameter averaging across both executors is as good as the embedded run, and scoring writes
 * exactly the table the embedded run writes with the same model.
 */
@ExtendWith(SharedSpark.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final String PARTITION_VALUE = "2026-01-01";
  private static Path work;

  @BeforeAll
  static void cluster() throws IOException {
    TestCluster.ensureRunning();
    work = Files.createTempDirectory(TestPaths.scratch("cluster-it"), "train-and-score-");
  }

  @Test
  @Order(1)
  void parameterAveragingAcrossTwoExecutorJvmsTrainsAsWellAsTheEmbeddedRun() {
    Path log = work.resolve("train.log");
    int exit = TestCluster.run(
        "submit-train.sh", log, List.of("--output", work.resolve("cluster").toString(), "--data", TestPaths.ecgCsv().toString()),
        Duration.ofMinutes(10));
    assertThat(exit).as("submit-train.sh exit code; see " + log).isZero();
    String driverLog = read(log);
    assertThat(driverLog).contains("Parameter averaging: 2 workers x 256 rows per step");
    // Both executor JVMs ran training tasks.
    assertThat(driverLog).contains("(127.0.0.1, executor 0,", "(127.0.0.1, executor 1,");

    ConfigLoader loader = TestConfigs.loader();
    EcgConfig config = loader.toEcgConfig();
    SparkSession session = SharedSpark.session();
    new TrainingPipeline(session, loader).run(work.resolve("embedded").toString(), TrainingStartMode.FRESH);
    MetricsReport embedded =
        new EvaluationPipeline(session, config)
            .run(TestFiles.model(work.resolve("embedded/model")), "embedded", work.resolve("embedded").toString()).metrics();
    MetricsReport cluster =
        new EvaluationPipeline(session, config)
            .run(TestFiles.model(work.resolve("cluster/model")), "cluster", work.resolve("cluster").toString()).metrics();

    assertThat(cluster.epochs()).isEqualTo(20);
    assertThat(cluster.split()).isEqualTo(embedded.split());
    assertThat(cluster.normalPositive().accuracy()).isGreaterThanOrEqualTo(0.93);
    assertThat(cluster.normalPositive().accuracy()).isCloseTo(embedded.normalPositive().accuracy(), within(0.01));
  }

  @Test
  @Order(2)
  void scoringOnTheClusterWritesTheTableTheEmbeddedRunWrites() throws IOException, InterruptedException {
    Path archive = archive(work.resolve("archive"));
    Path model = work.resolve("cluster/model");
    Path log = work.resolve("score.log");
    List<String> args = List.of(
        "--model", model.toString(), "--input", archive.toString(), "--output", work.resolve("cluster-table").toString(),
        "--set", "score.partition-value=" + PARTITION_VALUE, "--set", "input.max-rejected-fraction=0.01");
    assertThat(TestCluster.run("submit-score.sh", log, args, Duration.ofMinutes(10))).as("see " + log).isZero();

    // The embedded run as scripts/score.sh makes it (its own JVM, local[2], one BLAS thread per task).
    List<String> embeddedArgs = new ArrayList<>(args);
    embeddedArgs.set(embeddedArgs.indexOf("--output") + 1, work.resolve("embedded-table").toString());
    Process embeddedJob = EmbeddedJob.start("org.ecgautoencoder.cli.ScoreJob", embeddedArgs, work.resolve("embedded-score.log"));
    assertThat(embeddedJob.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(embeddedJob.exitValue()).as("see embedded-score.log").isZero();
    ScoreManifest embedded = TestFiles.readJson(work.resolve("embedded-table/_manifest.json"), ScoreManifest.class);
    ScoreManifest cluster = TestFiles.readJson(work.resolve("cluster-table/_manifest.json"), ScoreManifest.class);

    assertThat(cluster.counts().scored()).isEqualTo(embedded.counts().scored()).isEqualTo(3 * 4998);
    assertThat(cluster.counts().rejectedByReason()).isEqualTo(embedded.counts().rejectedByReason()).containsEntry("NOT_A_NUMBER", 2L);
    assertThat(cluster.counts().anomalies()).isEqualTo(embedded.counts().anomalies());
    assertSameRows("", work.resolve("cluster-table"), work.resolve("embedded-table"));
    assertSameRows("_rejects", work.resolve("cluster-table"), work.resolve("embedded-table"));
  }

  /** Three copies of ECG5000 in three files, two of them with a bad field. */
  private static Path archive(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> lines = Files.readAllLines(TestPaths.ecgCsv());
    for (int file = 0; file < 3; file++) {
      List<String> copy = new ArrayList<>(lines);
      if (file > 0) {
        copy.add(100 * file, copy.get(0).replaceFirst("^[^,]*", "n/a"));
      }
      Files.write(dir.resolve("part-" + file + ".csv"), copy);
    }
    return dir;
  }

  /** Every column but scored_at, row for row (as multisets), in both directions. */
  private static void assertSameRows(String table, Path clusterRoot, Path embeddedRoot) {
    SparkSession session = SharedSpark.session();
    Dataset<Row> cluster = session.read().parquet(clusterRoot.resolve(table).toString()).drop("scored_at");
    Dataset<Row> embedded = session.read().parquet(embeddedRoot.resolve(table).toString()).drop("scored_at");
    assertThat(cluster.count()).as(table + " rows").isEqualTo(embedded.count()).isPositive();
    assertThat(cluster.exceptAll(embedded).count()).as(table + " rows only the cluster wrote").isZero();
    assertThat(embedded.exceptAll(cluster).count()).as(table + " rows only the embedded run wrote").isZero();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
