package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.ModelBundle;
import org.ecgautoencoder.model.ModelBundleReader;
import org.ecgautoencoder.report.ReportImages;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.SyntheticBeats;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.train.TrainingPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Train on a small synthetic archive, then evaluate other archives with the bundle. */
@ExtendWith(SharedSpark.class)
class EvaluationPipelineSparkTest {
  private static final int BEAT_LENGTH = 16;

  // One model for the class: training is the slow part.
  @TempDir static Path dir;
  private static ModelBundle bundle;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    Path archive = writeArchive(dir.resolve("train.csv"), 200, 40, BEAT_LENGTH, "");
    EcgConfig config = config(archive, "evaluate.rows=test");
    new TrainingPipeline(SharedSpark.session(), config, Json.parse("{}")).run(dir.resolve("run"));
    bundle = ModelBundleReader.read(dir.resolve("run/model"));
  }

  @Test
  void evaluatesEveryValidRowOfAnotherLabelledArchiveAndSeparatesTheAnomalies() throws Exception {
    Path other = writeArchive(dir.resolve("other.csv"), 50, 50, BEAT_LENGTH, "not,a,beat\n");
    Path out = dir.resolve("evaluation-all");

    MetricsReport report =
        new EvaluationPipeline(SharedSpark.session(), config(other, "evaluate.rows=all", "input.max-rejected-fraction=0.05"))
            .run(bundle, out);

    assertThat(report.scoredRows()).isEqualTo(100);
    assertThat(report.rejectedRows()).isEqualTo(1);
    assertThat(report.evaluatedRows()).isEqualTo("all");
    assertThat(report.rocAuc()).isGreaterThan(0.9); // spiked beats reconstruct far worse than sine beats
    Dataset<Row> scores = SharedSpark.session().read().parquet(out.resolve("scores").toString());
    assertThat(scores.count()).isEqualTo(100);
    assertThat(scores.filter("model_id != '" + bundle.manifest().modelId() + "'").count()).isZero();
    assertThat(SharedSpark.session().read().parquet(out.resolve("rejects/evaluate").toString()).count()).isEqualTo(1);
    assertThat(out.resolve("metrics.json")).exists();
  }

  @Test
  void testRowsOfADifferentArchiveAreRefused() throws Exception {
    Path other = writeArchive(dir.resolve("small.csv"), 10, 10, BEAT_LENGTH, "");
    assertThatThrownBy(
            () -> new EvaluationPipeline(SharedSpark.session(), config(other, "evaluate.rows=test"))
                .run(bundle, dir.resolve("evaluation-other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was trained on (240 valid rows) but the input has 20 valid rows");
  }

  @Test
  void testRowsOfAnotherArchiveWithTheSameRowCountAreRefused() throws Exception {
    Path lookalike = writeArchive(dir.resolve("lookalike.csv"), 200, 40, BEAT_LENGTH, "", 99);
    assertThatThrownBy(
            () -> new EvaluationPipeline(SharedSpark.session(), config(lookalike, "evaluate.rows=test"))
                .run(bundle, dir.resolve("evaluation-lookalike")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the normal training rows of this input")
        .hasMessageContaining("differ from those model " + bundle.manifest().modelId() + " was trained on");
  }

  @Test
  void theTrainingArchiveEvaluatesOnItsTestRows() throws Exception {
    MetricsReport report =
        new EvaluationPipeline(SharedSpark.session(), config(dir.resolve("train.csv"), "evaluate.rows=test"))
            .run(bundle, dir.resolve("evaluation-test"));
    assertThat(report.scoredRows()).isEqualTo(48); // ceil(0.2 * 240)
    assertThat(report.evaluatedRows()).isEqualTo("test");
    // The report: every chart, the training rows' error histogram included, as real PNGs.
    assertThat(ReportImages.checkedImages(dir.resolve("evaluation-test/report"))).hasSize(8);
  }

  @Test
  void inputOfAnotherWidthFailsBeforeReading() throws Exception {
    Path wide = writeArchive(dir.resolve("wide.csv"), 5, 5, BEAT_LENGTH + 4, "");
    EcgConfig config =
        TestConfigs.reference(
            "input.paths=[\"" + wide + "\"]", "input.beat-length=" + (BEAT_LENGTH + 4), "evaluate.rows=all");
    assertThatThrownBy(() -> new EvaluationPipeline(SharedSpark.session(), config).run(bundle, dir.resolve("e")))
        .hasMessageContaining("has beats of 20 samples but model " + bundle.manifest().modelId() + " expects 16");
    assertThat(dir.resolve("e")).doesNotExist();
  }

  private static EcgConfig config(Path archive, String... extra) {
    List<String> overrides =
        new ArrayList<>(
            List.of(
                "input.paths=[\"" + archive + "\"]",
                "input.beat-length=" + BEAT_LENGTH,
                "model.encoder-layers=[8,4]",
                "model.decoder-layers=[8]",
                "train.mode=local",
                "train.epochs=15",
                "train.batch-size=32",
                "train.spark.batch-size-per-worker=32",
                "train.spark.averaging-frequency=1"));
    overrides.addAll(List.of(extra));
    return TestConfigs.reference(overrides.toArray(String[]::new));
  }

  private static Path writeArchive(Path file, int normal, int abnormal, int beatLength, String extraLine)
      throws Exception {
    return writeArchive(file, normal, abnormal, beatLength, extraLine, 7);
  }

  private static Path writeArchive(
      Path file, int normal, int abnormal, int beatLength, String extraLine, long seed) throws Exception {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder(extraLine);
    for (int i = 0; i < normal + abnormal; i++) {
      float[] samples = SyntheticBeats.beat(i, beatLength, random, i >= normal).samples();
      for (float sample : samples) {
        csv.append(sample).append(',');
      }
      csv.append(i >= normal ? "0.0" : "1.0").append('\n');
    }
    Files.writeString(file, csv);
    return file;
  }
}
