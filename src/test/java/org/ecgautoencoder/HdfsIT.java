package org.ecgautoencoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.testing.EmbeddedJob;
import org.ecgautoencoder.testing.ScoreTables;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestFiles;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jobs with every path on a real HDFS: a NameNode and a DataNode (Hadoop's MiniDFSCluster, the shaded
 * mini cluster that goes with Spark's Hadoop client) in this JVM, the jobs in their own JVMs as scripts/*.sh
 * run them, reaching it by hdfs:// URIs. Train to HDFS, stopped after two epochs and resumed from its
 * checkpoints on HDFS; evaluate and score with the bundle, input and output on HDFS. Each result equals the
 * same job's on the local disk: the same model id (it hashes the parameters, normaliser and threshold), the
 * same metrics, the same errors row for row.
 */
@ExtendWith(SharedSpark.class)
class HdfsIT {
  private static final List<String> TRAINING = List.of("--set", "train.mode=local", "--set", "train.epochs=4");
  private static MiniDFSCluster hdfs;
  private static String root;
  private static Path work;

  @BeforeAll
  static void startHdfs() throws IOException {
    work = Files.createTempDirectory(TestPaths.scratch("hdfs-it"), "run-");
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("hdfs").toString());
    conf.setBoolean("dfs.permissions.enabled", false);
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
    FileSystem fs = hdfs.getFileSystem();
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(TestPaths.ecgCsv().toUri()), new org.apache.hadoop.fs.Path(root + "/data/ecg.csv"));
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
  }

  @Test
  void trainResumeEvaluateAndScoreOnHdfsGiveTheLocalResults() throws Exception {
    String hdfsData = root + "/data/ecg.csv";
    String hdfsRun = root + "/runs/train";
    Path localRun = work.resolve("local");

    // The reference: the same jobs on the local disk.
    run("org.ecgautoencoder.cli.TrainJob", args("--output", localRun.toString(), "--data", TestPaths.ecgCsv().toString()), TRAINING);
    run("org.ecgautoencoder.cli.EvaluateJob", args("--output", localRun.toString(), "--data", TestPaths.ecgCsv().toString()));
    run("org.ecgautoencoder.cli.ScoreJob", args("--model", localRun.resolve("model").toString(), "--input",
        TestPaths.ecgCsv().toString(), "--output", localRun.resolve("table").toString(), "--set", "score.partition-value=2026-01-01"));

    // On HDFS: two epochs, then --resume to four, from the checkpoints on HDFS.
    run("org.ecgautoencoder.cli.TrainJob", args("--output", hdfsRun, "--data", hdfsData), List.of("--set", "train.mode=local", "--set", "train.epochs=2"));
    HadoopFiles files = new HadoopFiles(hdfs.getConfiguration(0));
    assertThat(files.exists(hdfsRun + "/checkpoints/epoch-0002/checkpoint.json")).isTrue();
    String resumeLog = run("org.ecgautoencoder.cli.TrainJob", args("--output", hdfsRun, "--data", hdfsData, "--resume"), TRAINING);
    assertThat(resumeLog).contains("Resuming from " + hdfsRun + "/checkpoints/epoch-0002");
    run("org.ecgautoencoder.cli.EvaluateJob", args("--output", hdfsRun, "--data", hdfsData));
    run("org.ecgautoencoder.cli.ScoreJob", args("--model", hdfsRun + "/model", "--input", hdfsData, "--output",
        hdfsRun + "/table", "--set", "score.partition-value=2026-01-01"));

    // The same model: its id hashes the network, parameters, normaliser, threshold and code layer.
    String localModel = TestFiles.model(localRun.resolve("model")).id();
    assertThat(Json.parse(text(files, hdfsRun + "/model/model.json")).get("model_id").asText()).isEqualTo(localModel);
    assertThat(Json.parse(text(files, hdfsRun + "/model/model.json")).at("/training/history").size()).isEqualTo(4);

    // The same metrics, and a report, all on HDFS.
    MetricsReport local = TestFiles.readJson(localRun.resolve("metrics.json"), MetricsReport.class);
    MetricsReport remote = Json.read(files, hdfsRun + "/metrics.json", MetricsReport.class);
    assertThat(remote.confusion()).isEqualTo(local.confusion());
    assertThat(remote.rocAuc()).isEqualTo(local.rocAuc());
    assertThat(remote.normalPositive()).isEqualTo(local.normalPositive());
    assertThat(text(files, hdfsRun + "/report/index.html")).contains("Evaluation report: model " + localModel);
    assertThat(files.exists(hdfsRun + "/scores/_SUCCESS")).isTrue();

    // The same scores, row for row (the record ids name the file, which differs), read back from HDFS by Spark.
    ScoreManifest manifest = Json.read(files, hdfsRun + "/table/_manifest.json", ScoreManifest.class);
    assertThat(manifest.counts().scored()).isEqualTo(4998);
    assertThat(manifest.model().id()).isEqualTo(localModel);
    assertThat(ScoreTables.errorsByRow(hdfsRun + "/table")).isEqualTo(ScoreTables.errorsByRow(localRun.resolve("table").toString()));
  }

  private static List<String> args(String... values) {
    return List.of(values);
  }

  /** Runs a job to its end in its own JVM and returns its log; fails on a non-zero exit. */
  @SafeVarargs
  private static String run(String job, List<String> args, List<String>... more) throws Exception {
    List<String> all = new ArrayList<>(args);
    for (List<String> extra : more) {
      all.addAll(extra);
    }
    Path log = work.resolve(job.substring(job.lastIndexOf('.') + 1) + "-" + System.nanoTime() + ".log");
    Process process = EmbeddedJob.start(job, all, log);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(job + " finished; see " + log).isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue()).as(job + " exit code; see " + log).isZero();
    return output;
  }

  private static String text(HadoopFiles files, String path) {
    return new String(files.read(path), StandardCharsets.UTF_8);
  }
}
