package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScorePipeline;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingStartMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * conf/recordings.conf end to end on four shared MIT-BIH records (each with ventricular beats): train on the
 * by-record split's training records, evaluate its test record against its annotations, score all four.
 */
@ExtendWith(SharedSpark.class)
class RecordingsPipelineSparkTest {
  private static final List<String> RECORDS = List.of("106", "119", "203", "208");

  @TempDir static Path dir;
  private static ConfigLoader config;
  private static AutoencoderModel model;
  private static String modelPath;

  @BeforeAll
  static void trainOnThreeRecords() throws Exception {
    Path records = TestPaths.mitdbRecords(dir.resolve("records"), RECORDS);
    config =
        ConfigLoader.load(
            Path.of("conf/recordings.conf"),
            List.of(
                "input.paths=[\"" + records + "\"]", "split.test-fraction=0.25", "train.mode=local", "train.epochs=3",
                "evaluate.rows=test"));
    TrainingPipeline.TrainingRun run =
        new TrainingPipeline(SharedSpark.session(), config).run(dir.resolve("run").toString(), TrainingStartMode.FRESH);
    modelPath = run.modelPath();
    model = AutoencoderModel.load(modelPath, SharedSpark.session().sparkContext().hadoopConfiguration());
  }

  @Test
  void evaluateReportsTheDetectionAndEachAamiClassOnTheTestRecordOnly() {
    MetricsReport report =
        new EvaluationPipeline(SharedSpark.session(), config.toEcgConfig())
            .run(model, modelPath, dir.resolve("evaluation").toString()).metrics();

    RecordingMetrics recordings = report.recordings();
    assertThat(recordings).isNotNull();
    assertThat(recordings.detectionByRecord()).hasSize(1);
    assertThat(RECORDS).contains(recordings.detectionByRecord().get(0).record());
    assertThat(recordings.detection().sensitivity()).isGreaterThan(0.98);
    assertThat(recordings.detection().positivePredictivity()).isGreaterThan(0.98);
    RecordingMetrics.ClassMetrics abnormal = recordings.classes().get(0);
    assertThat(abnormal.name()).isEqualTo("abnormal");
    assertThat(abnormal.beats()).isPositive();
    // Three epochs on three records: far from tuned, but ventricular beats must rank above normal ones.
    assertThat(abnormal.rocAuc()).isGreaterThan(0.75);
    assertThat(report.split().method()).isEqualTo("by-record");
  }

  @Test
  void scoringWritesOneRowPerBeatWithItsPlaceAndAPerRecordSummaryNamedInTheManifest() {
    Path out = dir.resolve("scores");
    ScoreManifest manifest =
        new ScorePipeline(SharedSpark.session(), config.toEcgConfig()).run(model, modelPath, out.toString()).manifest();

    Dataset<Row> beats = SharedSpark.session().read().parquet(out.toString());
    assertThat(beats.columns())
        .contains(
            "record_id", "source_file", "lead", "beat_index", "r_peak_sample", "r_peak_seconds", "rr_previous_seconds",
            "rr_next_seconds", "reconstruction_error", "threshold", "is_anomaly", "reference_symbol", "reference_class",
            "model_id", "scored_at");
    assertThat(beats.count()).isEqualTo(manifest.counts().scored());
    assertThat(beats.select("record_id").distinct().count()).isEqualTo(4);
    assertThat(manifest.records()).endsWith("scores-records");
    Dataset<Row> summary = SharedSpark.session().read().parquet(manifest.records());
    assertThat(summary.count()).isEqualTo(4);
    assertThat(summary.where("detection_sensitivity < 0.98").count()).isZero();
    assertThat(summary.agg(org.apache.spark.sql.functions.sum("beats")).first().getLong(0))
        .isEqualTo(manifest.counts().scored());
  }

  @Test
  void recordingsWithoutAnnotationsTrainLabelFreeOnAllTheirBeats() throws Exception {
    Path unannotated = java.nio.file.Files.createDirectories(dir.resolve("unannotated"));
    for (String record : List.of("106", "119", "208")) {
      for (String ext : List.of("hea", "dat")) {
        java.nio.file.Files.createSymbolicLink(
            unannotated.resolve(record + "." + ext), TestPaths.mitdbDir().resolve(record + "." + ext).toAbsolutePath());
      }
    }
    ConfigLoader labelFree =
        ConfigLoader.load(
            Path.of("conf/recordings.conf"),
            List.of("input.paths=[\"" + unannotated + "\"]", "split.test-fraction=0.3", "train.mode=local",
                "train.epochs=1"));
    TrainingPipeline.TrainingRun run =
        new TrainingPipeline(SharedSpark.session(), labelFree).run(dir.resolve("label-free").toString(), TrainingStartMode.FRESH);

    // ceil(0.3 x 3) = 1 test record, floor(0.7 x 3) = 2 train; every one of their beats is learnt from (none has a label).
    long trainBeats = run.model().training().split().trainRows();
    assertThat(run.model().training().split().normalTrainRows()).isEqualTo(trainBeats).isGreaterThan(3000);
    assertThat(run.model().threshold().value()).isPositive();
  }
}
