package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The model's transform on Datasets other than the reader's: other column names and types, and bad rows. */
@ExtendWith(SharedSpark.class)
class AutoencoderModelSparkTest {
  private static AutoencoderModel model;
  private static Dataset<Row> beats;

  @BeforeAll
  static void load() {
    model = TestModels.ecg5000Model();
    beats = ArchiveReader.open(SharedSpark.session(), TestConfigs.reference().input(), "the test").beats().limit(200).cache();
  }

  @Test
  void anyArrayOfNumbersUnderAnyNameScoresAsTheReadersFloats() {
    Dataset<Row> doubles =
        beats.select(beats.col("record_id"), beats.col("beat").cast(DataTypes.createArrayType(DataTypes.DoubleType)).as("samples"));
    List<Row> fromDoubles =
        model.transform(doubles, TransformOptions.defaults().withBeatColumn("samples")).orderBy("record_id")
            .select("record_id", "reconstruction_error").collectAsList();
    List<Row> fromFloats = model.transform(beats).orderBy("record_id").select("record_id", "reconstruction_error").collectAsList();
    assertThat(fromDoubles).isEqualTo(fromFloats).hasSize(200);
  }

  @Test
  void theOutputSchemaIsTheInputsAndTheScoreColumns() {
    Dataset<Row> scored = model.transform(beats, TransformOptions.defaults().withSegmentErrors(4).withLatentCode());
    assertThat(Arrays.asList(scored.columns()))
        .containsExactly("record_id", "source_file", "row_index", "label", "beat", "reconstruction_error", "threshold",
            "is_anomaly", "segment_errors", "latent_code");
    assertThat(scored.schema()).isEqualTo(model.transformSchema(beats.schema(), TransformOptions.defaults().withSegmentErrors(4).withLatentCode()));
    Row first = scored.first();
    assertThat(first.<Double>getAs("threshold")).isEqualTo(model.threshold().value());
    assertThat(first.getList(first.fieldIndex("latent_code"))).hasSize(model.codeLayer().width());
  }

  /** Without the beat, the other columns (before and after it) come through, and the worst beats keep their ids. */
  @Test
  void leavingTheBeatOutKeepsEveryOtherColumnAndTheScores() {
    Dataset<Row> reordered = beats.select("label", "beat", "record_id");
    org.ecgautoencoder.inference.WorstBeats worst = new org.ecgautoencoder.inference.WorstBeats(3);
    SharedSpark.session().sparkContext().register(worst, "test.worst-beats");
    Dataset<Row> scored = model.transform(reordered, TransformOptions.defaults().withoutBeatColumn().withWorstBeats(worst));
    assertThat(Arrays.asList(scored.columns())).containsExactly("label", "record_id", "reconstruction_error", "threshold", "is_anomaly");
    List<Row> without = scored.orderBy("record_id").select("record_id", "label", "reconstruction_error").collectAsList();
    List<Row> with = model.transform(beats).orderBy("record_id").select("record_id", "label", "reconstruction_error").collectAsList();
    assertThat(without).isEqualTo(with);
    assertThat(worst.value()).hasSize(3).allSatisfy(beat -> assertThat(beat.recordId()).contains(".csv:"));
  }

  @Test
  void anOutputColumnThatExistsIsRefusedBeforeAnyWork() {
    Dataset<Row> already = beats.withColumn("is_anomaly", beats.col("label"));
    assertThatThrownBy(() -> model.transform(already))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Output column is_anomaly already exists");
  }

  @Test
  void aBeatOfTheWrongWidthOrWithANullSampleFailsNamingTheRow() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> short1 = spark.sql("SELECT 'beat-7' AS record_id, array(cast(1.0 AS float), cast(2.0 AS float)) AS beat");
    assertThatThrownBy(() -> model.transform(short1).collectAsList())
        .isInstanceOf(SparkException.class)
        .hasStackTraceContaining("Row beat-7 has a beat of 2 samples but the model expects 140");
    Dataset<Row> withNull =
        spark.sql("SELECT 'beat-8' AS record_id, array_repeat(cast(0.5 AS float), 140) AS beat")
            .selectExpr("record_id", "transform(beat, (x, i) -> IF(i = 3, NULL, x)) AS beat");
    assertThatThrownBy(() -> model.transform(withNull).collectAsList())
        .hasStackTraceContaining("Row beat-8 has a null sample at position 3 of its beat");
  }
}
