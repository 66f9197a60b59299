package org.ecgautoencoder.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.testing.TestFiles;
import org.ecgautoencoder.train.TrainingStartMode;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.testing.ScoreTables;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestCluster;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestModels;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingCheckpoints;
import org.ecgautoencoder.train.TrainingPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults a cluster has, on the standalone test cluster with the real cluster jar: an executor JVM killed while
 * scoring, the driver killed while the table is written, and a Worker lost while training, with the run then
 * resumed from its per-epoch checkpoints.
 */
@ExtendWith(SharedSpark.class)
class ClusterFaultsIT {
  private static final int FILES = 12;
  private static final int COPIES_PER_FILE = 5; // 12 x 5 x 4998 = 299,880 records, about 470 MB of CSV
  private static final long RECORDS = (long) FILES * COPIES_PER_FILE * 4998;
  private static final String PARTITION = "run_date=2026-01-01";
  private static final Duration JOB_LIMIT = Duration.ofMinutes(10);

  private static Path work;
  private static Path archive;
  private static Path model;

  @BeforeAll
  static void prepare() throws IOException {
    work = Files.createTempDirectory(TestPaths.scratch("cluster-it"), "faults-");
    model = TestModels.ecg5000BundleDir();
    archive = TestPaths.ecg5000Copies(work.resolve("archive"), FILES, COPIES_PER_FILE);
  }

  @BeforeEach
  void wholeCluster() {
    TestCluster.ensureRunning(); // brings back a Worker an earlier test killed
  }

  @Test
  void anExecutorKilledWhileScoringCostsNothing() throws Exception {
    Path output = work.resolve("executor-killed");
    Path log = work.resolve("executor-killed.log");
    Process job = TestCluster.submit("submit-score.sh", log, scoreArgs(output));
    TestCluster.awaitWhileRunning(job, () -> ScoreTables.writingHasBegun(output), JOB_LIMIT, "the table's writing began");
    List<ProcessHandle> executors = TestCluster.executors();
    assertThat(executors).as("executor JVMs").isNotEmpty();
    TestCluster.kill(executors.get(0));

    assertThat(job.waitFor(JOB_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("job finished").isTrue();
    assertThat(job.exitValue()).as("exit code; see " + log).isZero();
    assertThat(Files.readString(log)).contains("Lost executor");
    ScoreManifest manifest = TestFiles.readJson(output.resolve("_manifest.json"), ScoreManifest.class);
    assertThat(manifest.counts().scored()).isEqualTo(RECORDS);
    // Read back by an outside reader: one row per record, no duplicate record_id (readPartition checks).
    assertThat(ScoreTables.readPartition(output.resolve(PARTITION))).hasSize((int) RECORDS);
  }

  @Test
  void theDriverKilledWhileWritingLeavesNoPartialTable() throws Exception {
    Path output = work.resolve("driver-killed");
    Path log = work.resolve("driver-killed.log");

    killDriverWhileWriting(output, log);
    assertThat(output.resolve("_SUCCESS")).doesNotExist();
    assertThat(output.resolve(PARTITION)).doesNotExist();

    assertThat(TestCluster.run("submit-score.sh", log, scoreArgs(output), JOB_LIMIT)).as("rerun; see " + log).isZero();
    assertThat(output.resolve("_SUCCESS")).exists();
    Map<String, Double> committed = ScoreTables.readPartition(output.resolve(PARTITION));
    assertThat(committed).hasSize((int) RECORDS);
    List<String> filesBefore = ScoreTables.files(output);
    String successBefore = Files.readString(output.resolve("_SUCCESS"));

    killDriverWhileWriting(output, log);
    assertThat(ScoreTables.files(output)).isEqualTo(filesBefore);
    assertThat(Files.readString(output.resolve("_SUCCESS"))).isEqualTo(successBefore);
    assertThat(ScoreTables.readPartition(output.resolve(PARTITION))).isEqualTo(committed);
  }

  @Test
  void aWorkerLostWhileTrainingAndARunResumedFromItsCheckpoints() throws Exception {
    // 1. A Worker (and with it its executor) dies at epoch 3: the job goes on with the other executor or fails
    //    saying why.
    Path lost = work.resolve("worker-lost");
    Path lostLog = work.resolve("worker-lost.log");
    Process job = TestCluster.submit("submit-train.sh", lostLog, trainArgs(lost));
    TestCluster.awaitWhileRunning(job, () -> Files.isDirectory(checkpoint(lost, 3)), JOB_LIMIT, "epoch 3's checkpoint");
    TestCluster.killWorker(2);
    assertThat(job.waitFor(JOB_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("job finished").isTrue();
    String lostOutput = Files.readString(lostLog);
    AutoencoderModel completedDespiteTheLoss = null;
    if (job.exitValue() == 0) {
      completedDespiteTheLoss = TestFiles.model(lost.resolve("model"));
      assertThat(completedDespiteTheLoss.training().history()).hasSize(20);
    } else {
      assertThat(lostOutput).containsPattern("train: (error|failed): \\S");
    }

    // 2. The driver dies after epoch 5; train --resume continues from the newest complete checkpoint.
    TestCluster.ensureRunning();
    Path resumed = work.resolve("resumed");
    Path resumedLog = work.resolve("resumed.log");
    Process first = TestCluster.submit("submit-train.sh", resumedLog, trainArgs(resumed));
    TestCluster.awaitWhileRunning(first, () -> Files.isDirectory(checkpoint(resumed, 5)), JOB_LIMIT, "epoch 5's checkpoint");
    first.destroyForcibly().waitFor();
    assertThat(resumed.resolve("model")).doesNotExist();
    List<String> args = new java.util.ArrayList<>(trainArgs(resumed));
    args.add("--resume");
    Path resumeLog = work.resolve("resume.log");
    assertThat(TestCluster.run("submit-train.sh", resumeLog, args, JOB_LIMIT)).as("see " + resumeLog).isZero();
    String resumeOutput = Files.readString(resumeLog);
    assertThat(resumeOutput).contains("Resuming from").doesNotContain("epoch 1/20 ");
    AutoencoderModel bundle = TestFiles.model(resumed.resolve("model"));
    assertThat(bundle.training().history()).hasSize(20);
    if (completedDespiteTheLoss != null) {
      // Training is deterministic (seeded orders, partitions and averaging rounds; the lost executor's tasks
      // reran on the other): the interrupted-and-resumed run and the run that lost a Worker learned the same.
      assertThat(bundle.network().params().toDoubleVector())
          .containsExactly(completedDespiteTheLoss.network().params().toDoubleVector());
    }

    // Same quality as the embedded run of the same protocol.
    ConfigLoader loader = TestConfigs.loader();
    EcgConfig config = loader.toEcgConfig();
    new TrainingPipeline(SharedSpark.session(), loader).run(work.resolve("embedded").toString(), TrainingStartMode.FRESH);
    MetricsReport embedded = new EvaluationPipeline(SharedSpark.session(), config)
        .run(TestFiles.model(work.resolve("embedded/model")), "embedded", work.resolve("embedded").toString()).metrics();
    MetricsReport afterResume =
        new EvaluationPipeline(SharedSpark.session(), config).run(bundle, "resumed", resumed.toString()).metrics();
    assertThat(afterResume.normalPositive().accuracy()).isCloseTo(embedded.normalPositive().accuracy(), within(0.01));
  }

  private static Path checkpoint(Path output, int epoch) {
    return output.resolve(TrainingCheckpoints.FOLDER).resolve(String.format("epoch-%04d", epoch));
  }

  private static List<String> trainArgs(Path output) {
    return List.of("--output", output.toString(), "--data", TestPaths.ecgCsv().toString());
  }

  private static List<String> scoreArgs(Path output) {
    return List.of(
        "--model", model.toString(), "--input", archive.toString(), "--output", output.toString(),
        "--set", "score.partition-value=2026-01-01");
  }

  /** Submits the score job and kills its driver (SIGKILL) as soon as Spark has begun writing the staged table. */
  private static void killDriverWhileWriting(Path output, Path log) throws InterruptedException {
    Process job = TestCluster.submit("submit-score.sh", log, scoreArgs(output));
    TestCluster.awaitWhileRunning(job, () -> ScoreTables.writingHasBegun(output), JOB_LIMIT, "the table's writing began");
    job.destroyForcibly().waitFor();
  }
}
