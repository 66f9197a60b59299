package org.ecgautoencoder.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ecgautoencoder.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Spark writes into the staging, the commit puts it in place, and Spark reads the root back as one table. */
@ExtendWith(SharedSpark.class)
class StagedTableCommitSparkTest {
  private static final StructType SCORES = new StructType()
      .add("record_id", DataTypes.LongType, false)
      .add("error", DataTypes.DoubleType, false)
      .add("run_date", DataTypes.StringType, false);
  private static final StructType REJECTS = new StructType()
      .add("row_index", DataTypes.LongType, false)
      .add("run_date", DataTypes.StringType, false);

  @TempDir Path dir;

  private final SparkSession spark = SharedSpark.session();
  private final Configuration conf = spark.sparkContext().hadoopConfiguration();

  private StagedTableCommit stageRun(String root, String runId, List<Row> scores, List<Row> rejects) {
    StagedTableCommit run = StagedTableCommit.begin(conf, root, runId);
    spark.createDataFrame(scores, SCORES).write().partitionBy("run_date").parquet(run.stagedTablePath());
    spark.createDataFrame(rejects, REJECTS).write().partitionBy("run_date").parquet(run.stagedRejectsPath());
    return run;
  }

  /** The table as "record_id error run_date" lines, ordered by record id. */
  private List<String> readScores(String path) {
    return spark.read().parquet(path).orderBy("record_id").collectAsList().stream()
        .map(row -> row.getLong(0) + " " + row.getDouble(1) + " " + row.get(2)).toList();
  }

  @Test
  void sparkReadsExactlyTheCommittedRowsAndPartitionColumnBesideManifestRejectsAndStaging() throws Exception {
    String root = dir.resolve("scores").toString();
    Map<String, byte[]> manifest = Map.of("_manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
    stageRun(root, "run-1",
        List.of(RowFactory.create(1L, 0.1, "2026-11-27"), RowFactory.create(2L, 0.2, "2026-11-27"),
            RowFactory.create(3L, 0.3, "2026-11-28")),
        List.of(RowFactory.create(7L, "2026-11-27"), RowFactory.create(8L, "2026-11-28")))
        .commit(manifest);

    assertThat(spark.read().parquet(root).columns()).containsExactly("record_id", "error", "run_date");
    assertThat(readScores(root)).containsExactly("1 0.1 2026-11-27", "2 0.2 2026-11-27", "3 0.3 2026-11-28");

    StagedTableCommit rerun =
        stageRun(root, "run-2", List.of(RowFactory.create(4L, 0.4, "2026-11-28")), List.of());
    assertThat(readScores(root)).as("staged, not yet committed").hasSize(3);
    rerun.commit(manifest);

    assertThat(readScores(root)).containsExactly("1 0.1 2026-11-27", "2 0.2 2026-11-27", "4 0.4 2026-11-28");
    assertThat(spark.read().parquet(root + "/_rejects").collectAsList()).extracting(row -> row.getLong(0))
        .containsExactly(7L);
    assertThat(dir.resolve("scores/_manifest.json")).exists();
    assertThat(Files.readString(dir.resolve("scores/_SUCCESS"))).contains("\"run_id\" : \"run-2\"");
  }

  @Test
  void partitionValuesThatSparkEscapesReadBackUnchanged() {
    String root = dir.resolve("wards").toString();
    stageRun(root, "run-1",
        List.of(RowFactory.create(1L, 0.1, "a/b c:d"), RowFactory.create(2L, 0.2, "plain")), List.of())
        .commit(Map.of());

    assertThat(readScores(root)).containsExactly("1 0.1 a/b c:d", "2 0.2 plain");
  }
}
