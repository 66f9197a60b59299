package org.ecgautoencoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.train.AutoencoderEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Use the model from your own Spark job", line for line, on ECG5000 as a user's Parquet table of beats
 * (an array column {@code beat} and a numeric {@code label}), the paths made local.
 */
@ExtendWith(SharedSpark.class)
class ReadmeExampleSparkTest {
  @TempDir Path dir;

  @Test
  void theThreeLinesTrainSaveLoadAndScore() throws Exception {
    SparkSession spark = SharedSpark.session();
    String beats = dir.resolve("ecg/train").toString();
    String models = dir.resolve("models/ecg").toString();
    String anomalies = dir.resolve("ecg/anomalies").toString();
    ArchiveReader.open(spark, TestConfigs.reference().input(), "the test").beats()
        .select("beat", "label").write().parquet(beats);

    // README, "Use the model from your own Spark job":
    AutoencoderModel model = new AutoencoderEstimator().fit(spark.read().parquet(beats));
    model.save(models);
    AutoencoderModel.load(models).transform(spark.read().parquet(beats)).where("is_anomaly").write().parquet(anomalies);

    AutoencoderModel loaded = AutoencoderModel.load(models);
    assertThat(loaded.id()).isEqualTo(model.id());
    assertThat(loaded.training().history()).hasSize(20);
    Dataset<Row> flagged = spark.read().parquet(anomalies);
    assertThat(Arrays.asList(flagged.columns())).containsExactly("beat", "label", "reconstruction_error", "threshold", "is_anomaly");
    assertThat(flagged.count()).isPositive();
    assertThat(flagged.where("reconstruction_error < threshold").count()).isZero();
    // Trained on the normal beats: the abnormal ones are most of what it flags.
    long abnormal = flagged.where("label != 1.0").count();
    assertThat((double) abnormal / flagged.count()).isGreaterThan(0.5);
    assertThat(Files.exists(dir.resolve("models/ecg/model.json"))).isTrue();
  }

  @Test
  void columnsAreCheckedBeforeAnyWork() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> strings = spark.sql("SELECT 'x' AS beat, 1.0 AS label");
    assertThatThrownBy(() -> new AutoencoderEstimator().fit(strings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column beat must be of type array<float> (or any array of numbers) but was actually of type string");
    Dataset<Row> noLabel = spark.sql("SELECT array(1.0, 2.0) AS beat");
    assertThatThrownBy(() -> new AutoencoderEstimator().fit(noLabel))
        .hasMessageContaining("Column label (the label, compared with input.normal-labels) must exist");
    Dataset<Row> textLabel = spark.sql("SELECT array(1.0, 2.0) AS beat, 'normal' AS label");
    assertThatThrownBy(() -> new AutoencoderEstimator().fit(textLabel))
        .hasMessageContaining("Column label (the label, compared with input.normal-labels) must be of a numeric type but was actually of type string");
  }
}
