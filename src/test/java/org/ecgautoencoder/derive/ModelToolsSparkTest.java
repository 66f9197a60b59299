package org.ecgautoencoder.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestModels;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingStartMode;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.data.BeatRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** encode, denoise, sample and interpolate on a variational model trained on ECG5000 through the train job's pipeline. */
@ExtendWith(SharedSpark.class)
class ModelToolsSparkTest {
  private static final int LATENT = 6;
  private static AutoencoderModel variational;
  private static EcgConfig config;
  private static Path work;

  @BeforeAll
  static void trainVariationalModel() throws IOException {
    work = Files.createTempDirectory(TestPaths.scratch("model-tools"), "vae-");
    ConfigLoader loader =
        TestConfigs.loader(
            "train.mode=local", "train.epochs=3", "model.type=variational", "model.variational.latent-size=" + LATENT);
    config = loader.toEcgConfig();
    variational = new TrainingPipeline(SharedSpark.session(), loader).run(work.toString(), TrainingStartMode.FRESH).model();
  }

  private static Dataset<Row> transform(BeatTransform transform, String name) {
    String output = work.resolve(name).toString();
    long written = new BeatTransformPipeline(SharedSpark.session(), config).run(variational, transform, output);
    assertThat(written).isEqualTo(4998);
    return SharedSpark.session().read().parquet(output);
  }

  @Test
  void encodeWritesOneCodePerBeat() {
    Dataset<Row> codes = transform(BeatTransform.ENCODE, "codes");

    assertThat(codes.columns()).containsExactly("record_id", "source_file", "row_index", "label", "code");
    assertThat(codes.select("record_id").distinct().count()).isEqualTo(4998);
    Row first = codes.orderBy("row_index").first();
    assertThat(first.<Float>getList(4)).hasSize(LATENT);
  }

  @Test
  void aRefusedRunLeavesThePreviousOutputAsItWas() throws IOException {
    Path output = work.resolve("kept-codes");
    transform(BeatTransform.ENCODE, "kept-codes");
    List<Row> before = SharedSpark.session().read().parquet(output.toString()).orderBy("row_index").collectAsList();
    Path empty = Files.writeString(work.resolve("empty.csv"), "");
    String badBeat = "x" + ",0".repeat(139) + ",1\n"; // 140 samples and a label, the first not a number
    Path allBad = Files.writeString(work.resolve("bad.csv"), badBeat + badBeat);
    EcgConfig emptyInput = TestConfigs.reference("input.paths=[\"" + empty + "\"]");
    EcgConfig badInput =
        TestConfigs.reference("input.paths=[\"" + allBad + "\"]", "input.max-rejected-fraction=0.5");

    assertThatThrownBy(
            () -> new BeatTransformPipeline(SharedSpark.session(), emptyInput).run(variational, BeatTransform.ENCODE, output.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no valid row")
        .hasMessageContaining("is unchanged");
    assertThatThrownBy(
            () -> new BeatTransformPipeline(SharedSpark.session(), badInput).run(variational, BeatTransform.ENCODE, output.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 of 2 input rows")
        .hasMessageContaining("kept-codes.failed");

    assertThat(SharedSpark.session().read().parquet(output.toString()).orderBy("row_index").collectAsList()).isEqualTo(before);
    try (var siblings = Files.list(work)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".staging-"));
    }
  }

  @Test
  void denoiseWritesReconstructionsInTheInputsUnits() {
    Dataset<Row> beats = transform(BeatTransform.DENOISE, "denoised");
    List<Row> rows = beats.orderBy("row_index").limit(50).collectAsList();

    // ECG5000 beats are z-normalised series around 0 with a range of a few units; the model's scaled [0, 1]
    // outputs mapped back must be on that scale, not on [0, 1].
    double sumOfSquares = 0;
    for (Row row : rows) {
      List<Float> beat = row.getList(4);
      assertThat(beat).hasSize(140);
      for (float v : beat) {
        sumOfSquares += v * v;
      }
    }
    assertThat(Math.sqrt(sumOfSquares / (50 * 140))).isBetween(0.3, 3.0);
  }

  @Test
  void samplesAreNewBeatsRepeatableBySeed() {
    VariationalGenerator generator = new VariationalGenerator(variational.network(), variational.normaliser());

    List<Row> first = generator.samples(0, 5, 7);
    List<Row> again = generator.samples(0, 5, 7);
    List<Row> other = generator.samples(0, 5, 8);

    assertThat(first).hasSize(5);
    assertThat(array(first.get(0), 1)).hasSize(LATENT);
    assertThat(array(first.get(0), 2)).hasSize(140);
    assertThat(array(again.get(3), 2)).isEqualTo(array(first.get(3), 2));
    assertThat(array(other.get(3), 2)).isNotEqualTo(array(first.get(3), 2));
  }

  @Test
  void interpolationRunsFromOneBeatsCodeToTheOthers() {
    List<BeatRecord> ends = endsOfLine();
    VariationalGenerator generator = new VariationalGenerator(variational.network(), variational.normaliser());

    List<Row> line = generator.interpolate(ends.get(0), ends.get(1), 5);

    assertThat(line).hasSize(5);
    assertThat(line.get(0).getDouble(1)).isEqualTo(0.0);
    assertThat(line.get(4).getDouble(1)).isEqualTo(1.0);
    Float[] start = array(line.get(0), 4);
    Float[] middle = array(line.get(2), 4);
    Float[] end = array(line.get(4), 4);
    assertThat(start).isNotEqualTo(end);
    for (int j = 0; j < LATENT; j++) {
      assertThat(middle[j]).isCloseTo((start[j] + end[j]) / 2, within(1e-5f));
    }
  }

  @Test
  void samplingRefusesAModelThatIsNotVariational() {
    assertThatThrownBy(() -> VariationalGenerator.requireVariational(TestModels.ecg5000Model()))
        .hasMessageContaining("need a variational model");
  }

  /** Rows made by the generator, before Spark converts them, hold plain arrays. */
  private static Float[] array(Row row, int field) {
    return (Float[]) row.get(field);
  }

  private static List<BeatRecord> endsOfLine() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> firstTwo =
        ArchiveReader.open(spark, config.input(), "the test").beats().orderBy("row_index").limit(2);
    return BeatRows.records(firstTwo, "beat", "label", config.input().normalLabels()).collect();
  }
}
