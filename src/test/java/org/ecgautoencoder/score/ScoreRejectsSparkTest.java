package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecgautoencoder.score.ScorePipelineSparkTest.score;
import static org.ecgautoencoder.score.ScorePipelineSparkTest.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every reject reason ends in OUTPUT/_rejects with its file, row and raw text; the reject limit is applied. */
@ExtendWith(SharedSpark.class)
class ScoreRejectsSparkTest {
  @TempDir static Path dir;
  private static List<String> lines;

  @BeforeAll
  static void setUp() {
    TestModels.ecg5000Model();
    lines = ScoreArchives.ecgLines(20);
  }

  private static Map<Long, String> rejectReasons(Path output) {
    Map<Long, String> reasons = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(output.resolve("_rejects").toString()).collectAsList()) {
      reasons.put(row.<Long>getAs("row_index"), row.<String>getAs("reason"));
      assertThat(row.<String>getAs("source_file")).isNotBlank();
      assertThat(row.<String>getAs("detail")).isNotBlank();
    }
    return reasons;
  }

  @Test
  void everyCsvRejectReasonIsWrittenWithItsLineAndTheGoodRowsAreScored() {
    String good = lines.get(0);
    String[] fields = good.split(",");
    List<String> archive = new ArrayList<>(lines.subList(0, 5)); // lines 0-4 good
    archive.add(""); // 5
    archive.add(good.substring(good.indexOf(',') + 1)); // 6: one field short
    archive.add(good.replaceFirst("^[^,]+", "abc")); // 7
    archive.add(good.replaceFirst("^[^,]+", "NaN")); // 8
    archive.add(good.replaceFirst("^[^,]+", "1e39")); // 9: overflows float32
    archive.add("7".repeat(17 << 20)); // 10: a 17 MB line
    archive.add(String.join(",", Arrays.copyOf(fields, fields.length))); // 11: good again
    Path csv = ScoreArchives.csv(dir.resolve("in/bad/bad.csv"), archive);
    Path out = dir.resolve("out/bad-csv");

    ScoreManifest manifest = score(csv, out, "input.max-rejected-fraction=1");

    assertThat(rejectReasons(out))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    5L, "BLANK_LINE", 6L, "WRONG_FIELD_COUNT", 7L, "NOT_A_NUMBER", 8L, "NOT_FINITE", 9L, "NOT_FINITE",
                    10L, "LINE_TOO_LONG")));
    assertThat(table(out).count()).isEqualTo(6);
    assertThat(manifest.counts().scored()).isEqualTo(6);
    assertThat(manifest.counts().rejected()).isEqualTo(6);
    assertThat(manifest.counts().read()).isEqualTo(12);
    assertThat(manifest.counts().rejectedByReason())
        .containsEntry("NOT_FINITE", 2L)
        .containsEntry("LINE_TOO_LONG", 1L);
    Row notANumber =
        SharedSpark.session().read().parquet(out.resolve("_rejects").toString()).where("row_index = 7").first();
    assertThat(notANumber.<String>getAs("detail")).isEqualTo("field 1: 'abc' is not a number");
    assertThat(notANumber.<String>getAs("raw_text")).startsWith("abc,");
  }

  @Test
  void anEmptyCsvIdIsRejected() {
    Path csv = ScoreArchives.csv(dir.resolve("in/ids/ids.csv"), List.of("a," + lines.get(0), " ," + lines.get(1)));
    Path out = dir.resolve("out/ids");

    score(csv, out, "input.max-rejected-fraction=1", "input.id-field=first");

    assertThat(rejectReasons(out)).containsExactlyEntriesOf(Map.of(1L, "MISSING_ID"));
    assertThat(table(out).select("record_id").first().getString(0)).isEqualTo("a");
  }

  @Test
  void repeatedIdsAreScoredAndCountedInTheManifest() {
    Path csv =
        ScoreArchives.csv(
            dir.resolve("in/repeated-ids/ids.csv"), List.of("a," + lines.get(0), "b," + lines.get(1), "a," + lines.get(2),
                "a," + lines.get(3)));

    ScoreManifest named = score(csv, dir.resolve("out/repeated-ids"), "input.id-field=first");
    ScoreManifest positional = score(ScoreArchives.csv(dir.resolve("in/positional/p.csv"), lines), dir.resolve("out/positional"));

    assertThat(named.counts().scored()).isEqualTo(4);
    assertThat(named.counts().duplicateIds()).isEqualTo(2);
    assertThat(positional.counts().duplicateIds()).isNull();
  }

  @Test
  void everyParquetRejectReasonIsWrittenWithItsRow() {
    List<Row> rows = new ArrayList<>();
    List<Float> beat = new ArrayList<>();
    for (String value : lines.get(0).split(",")) {
      beat.add(Float.parseFloat(value));
    }
    beat.remove(beat.size() - 1);
    List<Float> withNull = new ArrayList<>(beat);
    withNull.set(3, null);
    List<Float> withNaN = new ArrayList<>(beat);
    withNaN.set(4, Float.NaN);
    rows.add(RowFactory.create("r0", beat, 1.0)); // 0 good
    rows.add(RowFactory.create("r1", null, 1.0)); // 1 MISSING_VALUE
    rows.add(RowFactory.create("r2", beat.subList(0, 100), 1.0)); // 2 WRONG_FIELD_COUNT
    rows.add(RowFactory.create("r3", withNull, 1.0)); // 3 MISSING_VALUE
    rows.add(RowFactory.create("r4", withNaN, 1.0)); // 4 NOT_FINITE
    rows.add(RowFactory.create(null, beat, 1.0)); // 5 MISSING_ID
    rows.add(RowFactory.create("r6", beat, null)); // 6 good, no label
    Path parquet = dir.resolve("in/bad-parquet");
    ScoreArchives.write(
        parquet,
        rows,
        List.of(
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("beat", ScoreArchives.floatArray(), true),
            DataTypes.createStructField("label", DataTypes.DoubleType, true)));
    Path out = dir.resolve("out/bad-parquet");

    ScoreManifest manifest = score(parquet, out, "input.max-rejected-fraction=1", "input.parquet.id-column=id");

    assertThat(rejectReasons(out))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    1L, "MISSING_VALUE", 2L, "WRONG_FIELD_COUNT", 3L, "MISSING_VALUE", 4L, "NOT_FINITE", 5L,
                    "MISSING_ID")));
    assertThat(manifest.counts().scored()).isEqualTo(2);
    List<Row> scored = table(out).orderBy("record_id").collectAsList();
    assertThat(scored).extracting(row -> row.<String>getAs("record_id")).containsExactly("r0", "r6");
    assertThat(scored.get(1).<Double>getAs("label")).isNull();
  }

  @Test
  void aRunOverTheRejectLimitCommitsNothingAndKeepsItsRejectsAside() throws Exception {
    Path out = dir.resolve("out/limit");
    score(ScoreArchives.csv(dir.resolve("in/limit/good.csv"), lines), out);
    List<Row> before = table(out).orderBy("record_id").collectAsList();
    List<String> withBadRow = new ArrayList<>(lines);
    withBadRow.add("not,a,beat");
    Path bad = ScoreArchives.csv(dir.resolve("in/limit-bad/bad.csv"), withBadRow);

    assertThatThrownBy(() -> score(bad, out, "input.max-rejected-fraction=0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 of 21 input rows")
        .hasMessageContaining("WRONG_FIELD_COUNT")
        .hasMessageContaining("previous table is intact")
        .hasMessageContaining("_failed_runs");

    assertThat(table(out).orderBy("record_id").collectAsList()).isEqualTo(before);
    assertThat(out.resolve("_SUCCESS")).exists();
    try (Stream<Path> failed = Files.list(out.resolve("_failed_runs"))) {
      Path run = failed.findFirst().orElseThrow();
      assertThat(SharedSpark.session().read().parquet(run.resolve("_rejects").toString()).count()).isEqualTo(1);
      assertThat(Files.readString(run.resolve("_manifest.json"))).contains("\"status\" : \"failed\"");
    }
  }

  @Test
  void aRunWithoutAnyValidRowCommitsNothingAndLeavesThePreviousTableByteForByte() throws Exception {
    Path out = dir.resolve("out/no-valid-row");
    score(ScoreArchives.csv(dir.resolve("in/no-valid-row/good.csv"), lines), out);
    Map<String, String> before = OutputSnapshot.of(out);
    Path empty = ScoreArchives.csv(dir.resolve("in/no-valid-row-empty/empty.csv"), List.of());
    List<String> allBad = lines.stream().map(line -> line.replaceFirst("^[^,]+", "x")).toList();
    Path rejected = ScoreArchives.csv(dir.resolve("in/no-valid-row-bad/bad.csv"), allBad);

    assertThatThrownBy(() -> score(empty, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no valid row")
        .hasMessageContaining("0 rows read")
        .hasMessageContaining("previous table is intact");
    assertThatThrownBy(() -> score(rejected, out, "input.max-rejected-fraction=1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no valid row")
        .hasMessageContaining("20 rows read, 20 rejected")
        .hasMessageContaining("NOT_A_NUMBER")
        .hasMessageContaining("_failed_runs");

    assertThat(OutputSnapshot.of(out)).isEqualTo(before);
  }
}
