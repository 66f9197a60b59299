package org.ecgautoencoder.io;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.recording.RecordingSummary;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The recordings reader on Spark over the shared MIT-BIH records: one task per record, rows, rejects, formats. */
@ExtendWith(SharedSpark.class)
class RecordingArchiveSparkTest {

  private static InputConfig recordings(String... paths) {
    List<String> quoted = new ArrayList<>();
    for (String path : paths) {
      quoted.add("\"" + path + "\"");
    }
    return TestConfigs.reference("input.paths=[" + String.join(",", quoted) + "]").input();
  }

  private static String mitdb(String record) {
    return TestPaths.mitdbDir().resolve(record + ".hea").toAbsolutePath().toString();
  }

  private static List<Row> rows(BeatArchive archive) {
    return archive.beats()
        .select(
            col(BeatColumns.RECORD_ID), col(RecordingColumns.BEAT_INDEX), col(RecordingColumns.R_PEAK_SAMPLE),
            col(BeatColumns.LABEL), col(BeatColumns.BEAT), col(RecordingColumns.RR_PREVIOUS_SECONDS))
        .orderBy(col(BeatColumns.RECORD_ID), col(RecordingColumns.BEAT_INDEX))
        .collectAsList();
  }

  @Test
  void severalRecordsReadTogetherGiveTheRowsEachGivesAlone() {
    BeatArchive both = ArchiveReader.open(SharedSpark.session(), recordings(mitdb("101"), mitdb("119")), "test");
    assertThat(both.format()).isEqualTo("wfdb");
    List<Row> together = rows(both);

    List<Row> alone = new ArrayList<>(rows(ArchiveReader.open(SharedSpark.session(), recordings(mitdb("101")), "test")));
    alone.addAll(rows(ArchiveReader.open(SharedSpark.session(), recordings(mitdb("119")), "test")));

    assertThat(together).hasSize(alone.size()).isEqualTo(alone);
    // 101 has 1,865 reference beats and 119 has 1,987 (PhysioNet's table of beat types): every one found, few extra.
    assertThat(together.stream().filter(r -> r.getString(0).equals("101")).count()).isBetween(1855L, 1880L);
    assertThat(together.stream().filter(r -> r.getString(0).equals("119")).count()).isBetween(1977L, 2000L);
    List<RecordingSummary> summaries = both.recordingSummaries();
    assertThat(summaries).extracting(RecordingSummary::recordId).containsExactly("101", "119");
    for (RecordingSummary summary : summaries) {
      assertThat(summary.lead()).isEqualTo("MLII");
      assertThat(summary.truePositives()).isGreaterThanOrEqualTo((long) (0.995 * summary.referenceBeats()));
      assertThat(summary.falsePositives()).isLessThanOrEqualTo((long) (0.005 * summary.referenceBeats()));
    }
  }

  @Test
  void theBeatsCarryTheirReferenceClassAndModelInputsOfTheConfiguredWidth() {
    BeatArchive archive = ArchiveReader.open(SharedSpark.session(), recordings(mitdb("119")), "test");
    Dataset<Row> beats = archive.beats();
    assertThat(beats.schema()).isEqualTo(RecordingColumns.SCHEMA);
    List<Row> rows = rows(archive);
    assertThat(rows.get(0).<Float>getList(4)).hasSize(140);
    // Record 119: 1,543 normal beats and 444 ventricular (V) beats.
    long normal = rows.stream().filter(r -> !r.isNullAt(3) && r.getDouble(3) == 1.0).count();
    long ventricular = rows.stream().filter(r -> !r.isNullAt(3) && r.getDouble(3) == 3.0).count();
    assertThat(normal).isBetween(1535L, 1543L);
    assertThat(ventricular).isBetween(440L, 444L);
    assertThat(rows.get(0).isNullAt(5)).isTrue();
    assertThat(rows.get(1).getDouble(5)).isBetween(0.3, 2.0);
  }

  @Test
  void theSameRecordReadFromWfdbAndFromEdfGivesTheSameBeats() {
    List<Row> wfdb = rows(ArchiveReader.open(SharedSpark.session(), recordings(mitdb("208")), "test"));
    String edfPath = TestPaths.mitdbEdfDir().resolve("208.edf").toAbsolutePath().toString();
    BeatArchive edfArchive = ArchiveReader.open(SharedSpark.session(), recordings(edfPath), "test");
    assertThat(edfArchive.format()).isEqualTo("edf");
    List<Row> edf = rows(edfArchive);

    assertThat(edf).hasSameSizeAs(wfdb);
    for (int i = 0; i < wfdb.size(); i++) {
      assertThat(Math.abs(edf.get(i).getLong(2) - wfdb.get(i).getLong(2))).as("beat %d", i).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void aRecordWithATruncatedSignalFileIsRejectedWithItsReasonAndTheOthersAreRead(@TempDir Path dir) throws Exception {
    for (String ext : List.of("hea", "atr")) {
      Files.copy(TestPaths.mitdbDir().resolve("101." + ext), dir.resolve("101." + ext));
      Files.copy(TestPaths.mitdbDir().resolve("119." + ext), dir.resolve("119." + ext));
    }
    Files.copy(TestPaths.mitdbDir().resolve("119.dat"), dir.resolve("119.dat"));
    byte[] dat = Files.readAllBytes(TestPaths.mitdbDir().resolve("101.dat"));
    Files.write(dir.resolve("101.dat"), java.util.Arrays.copyOf(dat, dat.length - 3000));

    BeatArchive archive = ArchiveReader.open(SharedSpark.session(), recordings(dir.toString()), "test");
    List<Row> rows = rows(archive);
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getString(0)).isEqualTo("119"));
    // The sort in rows() reads the input twice (Spark samples it first): the live counter sees the record twice.
    assertThat(archive.counters().rejected().value()).isPositive();
    List<Row> rejects = archive.rejects().collectAsList();
    assertThat(rejects).hasSize(1);
    assertThat(rejects.get(0).getString(0)).endsWith("101.hea");
    assertThat(rejects.get(0).getLong(1)).isEqualTo(-1);
    assertThat(rejects.get(0).getString(2)).isEqualTo("TRUNCATED_SIGNAL_FILE");
    assertThat(rejects.get(0).getString(3)).contains("101.dat");
  }

  @Test
  void twoRecordingsOfOneNameAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.copy(TestPaths.mitdbDir().resolve("119.hea"), other.resolve("119.hea"));
    Files.copy(TestPaths.mitdbDir().resolve("119.dat"), other.resolve("119.dat"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ArchiveReader.open(SharedSpark.session(), recordings(mitdb("119"), other.resolve("119.hea").toString()), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Two recordings of one name, 119")
        .hasMessageContaining(other.resolve("119.hea").toString());
  }
}
