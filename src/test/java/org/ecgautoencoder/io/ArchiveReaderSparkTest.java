package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.TestConfigs;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.ecgautoencoder.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class ArchiveReaderSparkTest {
  private static InputConfig input(double maxRejected, String... paths) {
    return TestConfigs.csvInput(LabelColumn.LAST, maxRejected, paths);
  }

  private static BeatArchive read(InputConfig input) {
    return ArchiveReader.open(SharedSpark.session(), input, "the test");
  }

  @Test
  void readsFolderInPathOrderWithLineNumbersAndSkipsHiddenFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.csv"), "4,5,6,0.0\n7,8,9,1.0\n");
    Files.writeString(dir.resolve("a.csv"), "1,2,3,1.0\n");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve(".a.csv.crc"), "garbage");

    BeatArchive archive = read(input(0.0, dir.toString()));

    Dataset<Row> beats = archive.beats();
    assertThat(beats.columns()).containsExactly("record_id", "source_file", "row_index", "label", "beat");
    assertThat(archive.rejects().count()).isZero();
    List<Row> rows = beats.collectAsList();
    assertThat(rows).extracting(row -> row.getString(0).replaceAll(".*/", ""))
        .containsExactly("a.csv:0", "b.csv:0", "b.csv:1");
    assertThat(rows).extracting(row -> row.getString(1) + ":" + row.getLong(2)).containsExactlyElementsOf(
        rows.stream().map(row -> row.getString(0)).toList());
    assertThat(rows.get(1).<Float>getList(4)).containsExactly(4f, 5f, 6f);
    assertThat(rows.get(1).getDouble(3)).isEqualTo(0.0);
  }

  @Test
  void aFileThatIsNotParquetIsBadInputNamedByItsPath(@TempDir Path dir) throws Exception {
    byte[] noise = new byte[5000];
    new java.util.Random(16).nextBytes(noise);
    Path junk = Files.write(dir.resolve("junk.parquet"), noise);
    Path empty = Files.write(dir.resolve("empty.parquet"), new byte[0]);

    for (Path file : List.of(junk, empty)) {
      InputConfig parquet = TestConfigs.reference("input.paths=[\"" + file + "\"]").input();
      assertThatThrownBy(() -> read(parquet))
          .isInstanceOf(UnreadableInputException.class)
          .hasMessageStartingWith("Unreadable Parquet input: file:" + file)
          .hasMessageContaining("is not a Parquet file");
    }
  }

  @Test
  void readsGlobsAndGzipFiles(@TempDir Path dir) throws Exception {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("part-1.csv.gz")))) {
      out.write("1,2,3,1.0\n4,5,6,1.0\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("part-2.csv"), "7,8,9,0.0\n");
    Files.writeString(dir.resolve("other.txt"), "not,a,beat\n");

    BeatArchive archive = read(input(0.0, "file://" + dir + "/part-*"));

    assertThat(archive.beats().count()).isEqualTo(3);
    assertThat(archive.beats().selectExpr("beat[0]").as(Encoders.FLOAT()).collectAsList()).containsExactly(1f, 4f, 7f);
  }

  @Test
  void everyBadRowIsWrittenToRejectsWithItsReason(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("beats.csv");
    Files.writeString(data, "1,2,3,1.0\n\n1,2,1.0\n1,x,3,1.0\n1,NaN,3,0.0\n4,5,6,0.0\n");

    BeatArchive archive = read(input(1.0, data.toString()));
    String rejectsPath = dir.resolve("out/rejects").toString();
    Map<String, Long> byReason = RejectsWriter.writeAndCheck(SharedSpark.session(), archive, 2, rejectsPath, 1.0);

    assertThat(archive.beats().count()).isEqualTo(2);
    assertThat(byReason)
        .containsEntry("BLANK_LINE", 1L)
        .containsEntry("WRONG_FIELD_COUNT", 1L)
        .containsEntry("NOT_A_NUMBER", 1L)
        .containsEntry("NOT_FINITE", 1L);
    List<Row> rows = SharedSpark.session().read().parquet(rejectsPath).orderBy("row_index").collectAsList();
    assertThat(rows).extracting(row -> row.getLong(1) + " " + row.getString(2) + " " + row.getString(4))
        .containsExactly(
            "1 BLANK_LINE ",
            "2 WRONG_FIELD_COUNT 1,2,1.0",
            "3 NOT_A_NUMBER 1,x,3,1.0",
            "4 NOT_FINITE 1,NaN,3,0.0");
    assertThat(rows.get(0).getString(0)).endsWith("beats.csv");
  }

  @Test
  void tooManyRejectsFailTheJobAfterWritingThem(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("beats.csv");
    Files.writeString(data, "1,2,3,1.0\n1,2,oops,1.0\n4,5,6,0.0\n7,8,9,0.0\n");
    BeatArchive archive = read(input(0.1, data.toString()));
    String rejectsPath = dir.resolve("rejects").toString();

    assertThatThrownBy(() -> RejectsWriter.writeAndCheck(SharedSpark.session(), archive, 3, rejectsPath, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 of 4 input rows (25.0000%) were rejected")
        .hasMessageContaining("input.max-rejected-fraction = 0.1")
        .hasMessageContaining("beats.csv line 1, NOT_A_NUMBER: field 3: 'oops' is not a number");
    assertThat(SharedSpark.session().read().parquet(rejectsPath).count()).isEqualTo(1);
  }

  @Test
  void missingPathIsNamed(@TempDir Path dir) {
    String missing = dir.resolve("nowhere.csv").toString();
    assertThatThrownBy(() -> read(input(0, missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Input path not found: " + missing);
  }
}
