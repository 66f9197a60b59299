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
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.SyntheticBeats;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingStartMode;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.score.ScorePipeline;
import java.util.Map;
import java.util.TreeMap;
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
  private static AutoencoderModel model;
  private static String modelPath;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    Path archive = writeArchive(dir.resolve("train.csv"), 200, 40, BEAT_LENGTH, "");
    TrainingPipeline.TrainingRun run =
        new TrainingPipeline(SharedSpark.session(), loader(archive, "evaluate.rows=test"))
            .run(dir.resolve("run").toString(), TrainingStartMode.FRESH);
    modelPath = run.modelPath();
    model = AutoencoderModel.load(modelPath, SharedSpark.session().sparkContext().hadoopConfiguration());
  }

  private static MetricsReport evaluate(EcgConfig config, Path out) {
    return new EvaluationPipeline(SharedSpark.session(), config).run(model, modelPath, out.toString()).metrics();
  }

  @Test
  void evaluatesEveryValidRowOfAnotherLabelledArchiveAndSeparatesTheAnomalies() throws Exception {
    Path other = writeArchive(dir.resolve("other.csv"), 50, 50, BEAT_LENGTH, "not,a,beat\n");
    Path out = dir.resolve("evaluation-all");

    MetricsReport report = evaluate(config(other, "evaluate.rows=all", "input.max-rejected-fraction=0.05"), out);

    assertThat(report.scoredRows()).isEqualTo(100);
    assertThat(report.rejectedRows()).isEqualTo(1);
    assertThat(report.evaluatedRows()).isEqualTo("all");
    assertThat(report.rocAuc()).isGreaterThan(0.9); // spiked beats reconstruct far worse than sine beats
    Dataset<Row> scores = SharedSpark.session().read().parquet(out.resolve("scores").toString());
    assertThat(scores.count()).isEqualTo(100);
    assertThat(scores.filter("model_id != '" + model.id() + "'").count()).isZero();
    assertThat(SharedSpark.session().read().parquet(out.resolve("scores/_rejects").toString()).count()).isEqualTo(1);
    assertThat(out.resolve("metrics.json")).exists();
  }

  @Test
  void testRowsOfADifferentArchiveAreRefused() throws Exception {
    Path other = writeArchive(dir.resolve("small.csv"), 10, 10, BEAT_LENGTH, "");
    assertThatThrownBy(() -> evaluate(config(other, "evaluate.rows=test"), dir.resolve("evaluation-other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was trained on (240 valid rows) but the input has 20 valid rows");
  }

  @Test
  void testRowsOfAnotherArchiveWithTheSameRowCountAreRefused() throws Exception {
    Path lookalike = writeArchive(dir.resolve("lookalike.csv"), 200, 40, BEAT_LENGTH, "", 99);
    assertThatThrownBy(() -> evaluate(config(lookalike, "evaluate.rows=test"), dir.resolve("evaluation-lookalike")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the normal training rows of this input")
        .hasMessageContaining("differ from those model " + model.id() + " was trained on");
  }

  @Test
  void theTrainingArchiveEvaluatesOnItsTestRows() throws Exception {
    MetricsReport report = evaluate(config(dir.resolve("train.csv"), "evaluate.rows=test"), dir.resolve("evaluation-test"));
    assertThat(report.scoredRows()).isEqualTo(48); // ceil(0.2 * 240)
    assertThat(report.evaluatedRows()).isEqualTo("test");
  }

  /** The same rows as Parquet: the same test rows (the split follows file and row), errors and metrics. */
  @Test
  void aParquetCopyOfTheArchiveGivesTheSameMetricsAsItsCsv() throws Exception {
    Path parquet = dir.resolve("train-parquet");
    BeatArchive csv = ArchiveReader.open(SharedSpark.session(), config(dir.resolve("train.csv")).input(), "the test");
    csv.beats().orderBy("row_index").select("beat", "label").coalesce(1).write().parquet(parquet.toString());

    for (String rows : List.of("test", "all")) {
      MetricsReport fromCsv = evaluate(config(dir.resolve("train.csv"), "evaluate.rows=" + rows), dir.resolve("csv-" + rows));
      MetricsReport fromParquet = evaluate(config(parquet, "evaluate.rows=" + rows), dir.resolve("parquet-" + rows));
      assertThat(fromParquet.scoredRows()).as(rows).isEqualTo(fromCsv.scoredRows());
      assertThat(fromParquet.confusion()).as(rows).isEqualTo(fromCsv.confusion());
      assertThat(fromParquet.rocAuc()).as(rows).isEqualTo(fromCsv.rocAuc());
      assertThat(fromParquet.prAuc()).as(rows).isEqualTo(fromCsv.prAuc());
      assertThat(fromParquet.normalPositive()).as(rows).isEqualTo(fromCsv.normalPositive());
    }
  }

  /** evaluate writes its scores with the score job's writer: one row per beat, the same record ids and errors. */
  @Test
  void evaluateAndScoreGiveTheSameRowTheSameRecordIdAndError() throws Exception {
    Path withIds = dir.resolve("with-ids.csv");
    List<String> lines = Files.readAllLines(dir.resolve("train.csv"));
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      csv.append(i % 3 == 0 ? "" : "beat-" + i).append(',').append(lines.get(i)).append('\n');
    }
    Files.writeString(withIds, csv);
    for (String idField : List.of("none", "first")) {
      Path archive = idField.equals("none") ? dir.resolve("train.csv") : withIds;
      // Rows with an empty id are rejected (MISSING_ID); the rest keep the input's id.
      EcgConfig config = config(archive, "evaluate.rows=all", "input.id-field=" + idField, "input.max-rejected-fraction=0.5");
      Path evaluation = dir.resolve("agree-evaluate-" + idField);
      evaluate(config, evaluation);
      Path scored = dir.resolve("agree-score-" + idField);
      new ScorePipeline(SharedSpark.session(), config).run(model, modelPath, scored.toString());

      Map<String, Double> fromEvaluate = errorsById(evaluation.resolve("scores"));
      Map<String, Double> fromScore = errorsById(scored);
      assertThat(fromEvaluate).as(idField).isNotEmpty().isEqualTo(fromScore);
      assertThat(fromEvaluate.keySet()).as(idField)
          .allMatch(id -> idField.equals("first") ? id.startsWith("beat-") : id.contains(".csv:"));
    }
  }

  private static Map<String, Double> errorsById(Path table) {
    Map<String, Double> errors = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(table.toString()).select("record_id", "reconstruction_error").collectAsList()) {
      assertThat(errors.put(row.getString(0), row.getDouble(1))).as("duplicate id " + row.getString(0)).isNull();
    }
    return errors;
  }

  @Test
  void inputOfAnotherWidthFailsBeforeReading() throws Exception {
    Path wide = writeArchive(dir.resolve("wide.csv"), 5, 5, BEAT_LENGTH + 4, "");
    EcgConfig config =
        TestConfigs.reference(
            "input.paths=[\"" + wide + "\"]", "input.beat-length=" + (BEAT_LENGTH + 4), "evaluate.rows=all");
    assertThatThrownBy(() -> evaluate(config, dir.resolve("e")))
        .hasMessageContaining("has rows of 21 fields (20 samples) but model " + model.id() + " expects 16 samples");
    assertThat(dir.resolve("e")).doesNotExist();
  }

  private static EcgConfig config(Path archive, String... extra) {
    return loader(archive, extra).toEcgConfig();
  }

  private static ConfigLoader loader(Path archive, String... extra) {
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
    return TestConfigs.loader(overrides.toArray(String[]::new));
  }

  private static Path writeArchive(Path file, int normal, int abnormal, int beatLength, String extraLine)
      throws Exception {
    return writeArchive(file, normal, abnormal, beatLength, extraLine, 7);
  }

  private static Path writeArchive(
      Path file, int normal, int abnormal, int beatLength, String extraLine, long seed) throws Exception {
    Random random = new Random(seed);
    // The extra (bad) line goes last: a file whose first row is not a beat is refused as of the wrong width.
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < normal + abnormal; i++) {
      float[] samples = SyntheticBeats.beat(i, beatLength, random, i >= normal).samples();
      for (float sample : samples) {
        csv.append(sample).append(',');
      }
      csv.append(i >= normal ? "0.0" : "1.0").append('\n');
    }
    csv.append(extraLine);
    Files.writeString(file, csv);
    return file;
  }
}
