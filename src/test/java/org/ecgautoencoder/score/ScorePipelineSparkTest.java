package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.report.ReportImages;
import org.ecgautoencoder.report.ScoreReport;
import org.ecgautoencoder.testing.ScoreTables;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ecgautoencoder.inference.WorstBeats;

/** The score job's pipeline on small ECG5000 archives, in every input format, with a real trained model. */
@ExtendWith(SharedSpark.class)
class ScorePipelineSparkTest {
  private static final int ROWS = 300;

  @TempDir static Path dir;
  private static AutoencoderModel model;
  private static List<String> lines;

  @BeforeAll
  static void trainModel() {
    model = TestModels.ecg5000Model();
    lines = ScoreArchives.ecgLines(ROWS);
  }

  static ScoreManifest score(Path input, Path output, String... overrides) {
    List<String> all = new ArrayList<>(List.of("score.partition-value=2026-11-27"));
    all.addAll(List.of(overrides));
    all.add("input.paths=[\"" + input + "\"]");
    return new ScorePipeline(SharedSpark.session(), TestConfigs.reference(all.toArray(String[]::new)))
        .run(TestModels.ecg5000Model(), "test-model", output.toString())
        .manifest();
  }

  static Dataset<Row> table(Path output) {
    return SharedSpark.session().read().parquet(output.toString());
  }

  static Map<Long, Double> errorsByRow(Path output) {
    return ScoreTables.errorsByRow(output.toString());
  }

  @Test
  void csvGzipAndBothParquetLayoutsGiveOneRowPerBeatWithTheSameErrors() {
    Path csv = ScoreArchives.csv(dir.resolve("in/plain/beats.csv"), lines);
    Path gzip = ScoreArchives.gzipCsv(dir.resolve("in/gzip/beats.csv.gz"), lines);
    Path arrays = ScoreArchives.parquetArray(dir.resolve("in/parquet-array"), lines);
    Path columns = ScoreArchives.parquetColumns(dir.resolve("in/parquet-columns"), lines, 140);

    ScoreManifest fromCsv = score(csv, dir.resolve("out/csv"));
    score(gzip, dir.resolve("out/gzip"));
    ScoreManifest fromArrays = score(arrays, dir.resolve("out/parquet-array"));
    score(columns, dir.resolve("out/parquet-columns"), "input.parquet.layout=columns");

    assertThat(fromCsv.counts().scored()).isEqualTo(ROWS);
    assertThat(fromCsv.input().format()).isEqualTo("csv");
    assertThat(fromArrays.input().format()).isEqualTo("parquet");
    Map<Long, Double> expected = errorsByRow(dir.resolve("out/csv"));
    assertThat(expected).hasSize(ROWS);
    for (String format : List.of("gzip", "parquet-array", "parquet-columns")) {
      Path out = dir.resolve("out/" + format);
      assertThat(table(out).count()).as(format).isEqualTo(ROWS);
      assertThat(table(out).select("record_id").distinct().count()).as(format).isEqualTo(ROWS);
      // Parquet beats were written as doubles/floats from the same text: the same float32 samples, the same errors.
      assertThat(errorsByRow(out)).as(format).isEqualTo(expected);
    }
    Row first = table(dir.resolve("out/csv")).where("row_index = 0").first();
    assertThat(first.<String>getAs("record_id")).endsWith("beats.csv:0");
    assertThat(first.<String>getAs("model_id")).isEqualTo(model.id());
    assertThat(first.<Double>getAs("threshold")).isEqualTo(model.threshold().value());
    assertThat(first.<Double>getAs("label")).isEqualTo(Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(',') + 1)));
    // Spark's partition discovery reads a yyyy-MM-dd folder value back as a date.
    assertThat(String.valueOf(first.<Object>getAs("run_date"))).isEqualTo("2026-11-27");
    assertThat(first.<java.sql.Timestamp>getAs("scored_at")).isNotNull();
    assertThat(first.<Boolean>getAs("is_anomaly")).isEqualTo(!(first.<Double>getAs("reconstruction_error") < model.threshold().value()));
  }

  @Test
  void batchScoresEqualSingleRecordScoresWhateverTheBatchSize() {
    Path csv = ScoreArchives.csv(dir.resolve("in/batch/beats.csv"), lines);
    score(csv, dir.resolve("out/batch-4096"));
    score(csv, dir.resolve("out/batch-7"), "score.batch-size=7");
    Map<Long, Double> big = errorsByRow(dir.resolve("out/batch-4096"));

    // Float32 matrix products sum in an order that depends on the batch's shape (and the CPU's BLAS kernel):
    // each output may round apart by a few float32 ulps of values near 0.5 (6e-8 each; Float32Rounding bounds a
    // layer), so a mean of 140 absolute differences by about as much: 1e-7 allowed, far below any real change.
    Map<Long, Double> small = errorsByRow(dir.resolve("out/batch-7"));
    assertThat(small.keySet()).isEqualTo(big.keySet());
    big.forEach((row, error) -> assertThat(small.get(row)).as("row %d", row).isCloseTo(error, org.assertj.core.data.Offset.offset(1e-7)));
    for (int row = 0; row < ROWS; row += 37) {
      double[] values = ScoreArchives.values(lines.get(row));
      float[] samples = new float[140];
      for (int i = 0; i < 140; i++) {
        samples[i] = (float) values[i];
      }
      // The single-record path: normalise one beat, one forward pass of one row, mean |output - input|.
      INDArray features = Nd4j.create(model.normaliser().apply(samples), new long[] {1, 140}, 'c');
      INDArray output = model.network().output(features, false);
      double sum = 0;
      for (int i = 0; i < 140; i++) {
        sum += Math.abs(output.getFloat(0, i) - features.getFloat(0, i));
      }
      // The scoring kernel's sigmoid is within 2e-7 of the exact one (ScoringKernelTest), DL4J's within an ulp:
      // their mean absolute errors differ by at most that plus the products' rounding above.
      assertThat(big.get((long) row)).as("row %d", row).isCloseTo(sum / 140, org.assertj.core.data.Offset.offset(3e-7));
    }
  }

  @Test
  void theReportShowsTheRunsWorstBeatsAndItsErrors() throws Exception {
    Path csv = ScoreArchives.csv(dir.resolve("in/report/beats.csv"), lines.subList(0, 300));
    List<String> all = List.of("score.partition-value=2026-11-27", "input.paths=[\"" + csv + "\"]");
    ScorePipeline pipeline = new ScorePipeline(SharedSpark.session(), TestConfigs.reference(all.toArray(String[]::new)));
    ScorePipeline.ScoreResult result = pipeline.run(TestModels.ecg5000Model(), "test-model", dir.resolve("out/report").toString());

    List<WorstBeats.Beat> worst = result.worstBeats();
    double largest = table(dir.resolve("out/report")).agg(functions.max("reconstruction_error")).first().getDouble(0);
    assertThat(worst).hasSize(6);
    assertThat(worst.get(0).error()).isEqualTo(largest);
    assertThat(worst).extracting(WorstBeats.Beat::error).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    ScoreReport.write(SharedSpark.session(), result);
    assertThat(ReportImages.checkedImages(dir.resolve("out/report/_report")))
        .containsExactly("errors.png", "worst-1.png", "worst-2.png", "worst-3.png", "worst-4.png", "worst-5.png", "worst-6.png");
    assertThat(table(dir.resolve("out/report")).count()).as("table readers skip _report").isEqualTo(300);
  }

  @Test
  void segmentErrorsAndLatentCodesAreAddedOnRequest() {
    Path csv = ScoreArchives.csv(dir.resolve("in/extras/beats.csv"), lines.subList(0, 50));
    score(csv, dir.resolve("out/extras"), "score.segment-errors=4", "score.latent-code=true");

    for (Row row : table(dir.resolve("out/extras")).collectAsList()) {
      List<Float> segments = row.getList(row.fieldIndex("segment_errors"));
      List<Float> code = row.getList(row.fieldIndex("latent_code"));
      assertThat(segments).hasSize(4);
      assertThat(code).hasSize(8);
      // 140 = 4 x 35: the segments' mean is the beat's mean absolute error.
      double mean = segments.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
      assertThat(mean).isCloseTo(row.<Double>getAs("reconstruction_error"), org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void idFieldsBecomeRecordIds() {
    List<String> withIds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      withIds.add("beat-" + i + "," + lines.get(i));
    }
    Path csv = ScoreArchives.csv(dir.resolve("in/ids/beats.csv"), withIds);
    score(csv, dir.resolve("out/ids"), "input.id-field=first");

    List<String> ids = table(dir.resolve("out/ids")).orderBy("row_index").select("record_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(ids).hasSize(20).startsWith("beat-0", "beat-1");
  }

  @Test
  void aWidthMismatchFailsBeforeAnyWorkNamingFileAndWidths() throws Exception {
    List<String> narrow = lines.stream().limit(5).map(line -> line.substring(line.indexOf(',') + 1)).toList();
    Path csv = ScoreArchives.csv(dir.resolve("in/narrow/narrow.csv"), narrow);
    Path out = dir.resolve("out/narrow");

    assertThatThrownBy(() -> score(csv, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("narrow.csv")
        .hasMessageContaining("140 fields (139 samples)")
        .hasMessageContaining("expects 140 samples");
    assertThat(out).doesNotExist();

    Path columns = ScoreArchives.parquetColumns(dir.resolve("in/narrow-columns"), lines.subList(0, 5), 139);
    assertThatThrownBy(() -> score(columns, dir.resolve("out/narrow-columns"), "input.parquet.layout=columns"))
        .hasMessageContaining("has 139 sample columns")
        .hasMessageContaining("expects 140");
    Path arrays = ScoreArchives.parquetArray(dir.resolve("in/wide-array"), lines.stream().limit(5).map(l -> "0.5," + l).toList());
    assertThatThrownBy(() -> score(arrays, dir.resolve("out/wide-array")))
        .hasMessageContaining("part-")
        .hasMessageContaining("beats of 141 samples")
        .hasMessageContaining("expects 140");
  }

  @Test
  void aRerunReplacesItsPartitionExactlyAndKeepsTheOthers() throws Exception {
    Path csv = ScoreArchives.csv(dir.resolve("in/rerun/beats.csv"), lines.subList(0, 40));
    Path out = dir.resolve("out/rerun");
    score(csv, out);
    List<Row> first = table(out).drop("scored_at").orderBy("record_id").collectAsList();
    score(csv, out);
    score(csv, out, "score.partition-value=2026-11-28");

    Dataset<Row> all = table(out);
    assertThat(all.count()).isEqualTo(80);
    assertThat(all.where("run_date = '2026-11-27'").drop("scored_at").orderBy("record_id").collectAsList()).isEqualTo(first);
    assertThat(Files.exists(out.resolve("_SUCCESS"))).isTrue();
    assertThat(Json.parse(Files.readString(out.resolve("_manifest.json"))).at("/partition/value").asText())
        .isEqualTo("2026-11-28");
    try (Stream<Path> staging = Files.list(out.resolve(".staging"))) {
      assertThat(staging).isEmpty();
    }
  }
}
