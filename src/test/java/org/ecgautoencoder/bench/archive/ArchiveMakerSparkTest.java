package org.ecgautoencoder.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.CsvBeatParser;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.io.ParsedRow;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Small archives (1000 records in 3 files) sampled from ECG5000 in every format, generated on local[2]. */
@ExtendWith(SharedSpark.class)
class ArchiveMakerSparkTest {
  private static final long RECORDS = 1000;
  private static final int FILES = 3;
  private static final InputConfig INPUT = TestConfigs.reference().input();

  @TempDir static Path dir;
  /** The plain CSV archive most tests look at, made once. */
  private static Path csv;

  @BeforeAll
  static void makeCsvArchive() {
    csv = make("csv", arguments(/* gzip= */ false, /* parquet= */ false, null, /* withId= */ false, 7));
  }

  @Test
  void csvArchiveHasTheRecordsInContiguousFilesInEcgCsvShape() throws IOException {
    assertThat(names(csv)).containsExactly("_archive.json", "part-00000.csv", "part-00001.csv", "part-00002.csv");
    List<String> lines = csvLines(csv);
    assertThat(lines).hasSize((int) RECORDS);
    assertThat(Files.readAllLines(csv.resolve("part-00000.csv"))).hasSize(333); // [0, 333)
    assertThat(Files.readAllLines(csv.resolve("part-00002.csv"))).hasSize(334); // [666, 1000)

    CsvBeatParser parser = new CsvBeatParser(INPUT);
    Set<Double> labels = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      ParsedRow row = parser.parse("archive", i, lines.get(i));
      assertThat(row.isValid()).as("line %d: %s", i, row.rejected()).isTrue();
      labels.add(row.beat().label());
    }
    assertThat(labels).containsExactlyInAnyOrder(0.0, 1.0);
    // The label last as ecg.csv prints it; numbers never in scientific notation.
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("[-0-9.,]*,(1\\.0|0\\.0)"));
    // 8 significant digits like ecg.csv (1576 bytes a row there): 1.4 to 1.7 KB a row.
    assertThat(Files.size(csv.resolve("part-00000.csv")) / 333.0).isBetween(1400.0, 1700.0);
  }

  /** The project's own reader takes the folder as input: _archive.json, .crc files and .scratch are skipped. */
  @Test
  void csvAndGzipArchivesAreValidInputForTheJobs() {
    for (Path archive : List.of(csv, make("gzip-for-reader", arguments(/* gzip= */ true, false, null, false, 7)))) {
      BeatArchive read = readBack(archive);
      assertThat(read.beats().count()).as("%s", archive).isEqualTo(RECORDS);
      assertThat(read.rejects().count()).isZero();
    }
  }

  /** The archive folder read by the project's CSV reader, as train and evaluate read their input. */
  private static BeatArchive readBack(Path archive, String... inputSettings) {
    List<String> overrides = new ArrayList<>(List.of("input.paths=[\"" + archive + "\"]"));
    overrides.addAll(List.of(inputSettings));
    return ArchiveReader.open(SharedSpark.session(), TestConfigs.reference(overrides.toArray(String[]::new)).input(), "the test");
  }

  @Test
  void manifestRecordsArgumentsCountsAndSizes() throws IOException {
    JsonNode manifest = Json.parse(Files.readString(csv.resolve(ArchiveFolder.MANIFEST_NAME)));
    assertThat(manifest.path("arguments").path("records").asLong()).isEqualTo(RECORDS);
    assertThat(manifest.path("arguments").path("seed").asLong()).isEqualTo(7);
    assertThat(manifest.path("arguments").path("noise_std").asDouble()).isEqualTo(0.01);
    assertThat(manifest.path("arguments").path("source_bytes").asLong()).isEqualTo(Files.size(TestPaths.ecgCsv()));
    assertThat(manifest.path("records_written").asLong()).isEqualTo(RECORDS);
    assertThat(manifest.path("data_files").asInt()).isEqualTo(FILES);
    long normal = manifest.path("label_counts").path("1.0").asLong();
    long abnormal = manifest.path("label_counts").path("0.0").asLong();
    assertThat(normal + abnormal).isEqualTo(RECORDS);
    assertThat(csvLines(csv).stream().filter(line -> line.endsWith(",1.0")).count()).isEqualTo(normal);
    assertThat((double) abnormal / RECORDS).isCloseTo(2079.0 / 4998, within(0.05)); // ECG5000's abnormal share
    long partBytes = 0;
    for (int file = 0; file < FILES; file++) {
      partBytes += Files.size(csv.resolve("part-0000" + file + ".csv"));
    }
    assertThat(manifest.path("bytes_written").asLong()).isEqualTo(partBytes);
    assertThat(manifest.path("seconds").asDouble()).isPositive();
  }

  @Test
  void sameArgumentsGiveTheSameBytesAndOtherSeedsOtherBeats() throws IOException {
    Path again = make("csv-again", arguments(false, false, null, false, 7));
    for (int file = 0; file < FILES; file++) {
      String name = "part-0000" + file + ".csv";
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(csv.resolve(name)));
    }
    Path otherSeed = make("csv-seed-8", arguments(false, false, null, false, 8));
    assertThat(csvLines(otherSeed).get(0)).isNotEqualTo(csvLines(csv).get(0));
  }

  @Test
  void rerunWithSameArgumentsIsCachedAndWithOtherArgumentsFailsNamingThem() {
    ArchiveFolder folder = folder(csv);
    assertThat(folder.holdsArchiveOf(arguments(false, false, null, false, 7))).isTrue();
    assertThatThrownBy(() -> folder.holdsArchiveOf(arguments(true, false, null, false, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already holds an archive made with other arguments")
        .hasMessageContaining("gzip: false in _archive.json, true now")
        .hasMessageContaining("seed: 7 in _archive.json, 8 now")
        .hasMessageContaining("choose another --output folder or delete this one");
    assertThatThrownBy(() -> new ArchiveMaker(SharedSpark.session(), INPUT).make(arguments(false, false, null, false, 7), folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
  }

  @Test
  void aFolderWithOtherFilesIsRefusedBeforeAnyWork() throws IOException {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Files.createDirectories(foreign.resolve(".scratch")); // the jobs' own scratch alone would not count
    assertThatThrownBy(() -> folder(foreign).holdsArchiveOf(arguments(false, false, null, false, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(foreign + " is not empty and holds no _archive.json");
    Path onlyScratch = Files.createDirectories(dir.resolve("only-scratch/.scratch"));
    assertThat(folder(onlyScratch.getParent()).holdsArchiveOf(arguments(false, false, null, false, 7))).isFalse();
  }

  @Test
  void gzipArchiveHoldsTheSameLinesCompressed() throws IOException {
    Path gzip = make("gzip", arguments(/* gzip= */ true, false, null, false, 7));
    assertThat(names(gzip)).containsExactly("_archive.json", "part-00000.csv.gz", "part-00001.csv.gz", "part-00002.csv.gz");
    assertThat(csvLines(gzip)).isEqualTo(csvLines(csv));
    assertThat(Files.size(gzip.resolve("part-00000.csv.gz"))).isLessThan(Files.size(csv.resolve("part-00000.csv")) / 2);
  }

  @Test
  void idsAreTheFirstFieldUniqueAndInRecordOrder() throws IOException {
    Path withIds = make("with-id", arguments(false, false, null, /* withId= */ true, 7));
    List<String> lines = csvLines(withIds);
    List<String> plain = csvLines(csv);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(String.format("beat-%012d,", i) + plain.get(i));
    }
    assertThat(readBack(withIds, "input.id-field=first").beats().count()).isEqualTo(RECORDS);
  }

  @Test
  void parquetArrayLayoutHoldsTheCsvBeatsAsFloatsInTheSameOrder() throws IOException {
    Path parquet = make("parquet-array", arguments(false, /* parquet= */ true, ParquetLayout.ARRAY, false, 7));
    List<Path> parts = parquetParts(parquet);
    assertThat(parts).hasSize(FILES);
    List<Row> rows = parquetRows(parts);
    assertThat(rows).hasSize((int) RECORDS);
    assertThat(SharedSpark.session().read().parquet(parquet.toString()).schema().simpleString())
        .isEqualTo("struct<beat:array<float>,label:double>");

    CsvBeatParser parser = new CsvBeatParser(INPUT);
    List<String> lines = csvLines(csv);
    double largestDifference = 0;
    for (int i = 0; i < rows.size(); i++) {
      float[] expected = parser.parse("csv", i, lines.get(i)).beat().samples();
      List<Float> beat = rows.get(i).getList(0);
      assertThat(beat).hasSize(140);
      for (int s = 0; s < expected.length; s++) {
        largestDifference = Math.max(largestDifference, Math.abs(beat.get(s) - expected[s]) / Math.max(1, Math.abs(expected[s])));
      }
      assertThat(lines.get(i)).endsWith("," + rows.get(i).getDouble(1));
    }
    // CSV rounds to 8 significant digits, Parquet to float32: they agree to about 1e-7 relative.
    assertThat(largestDifference).isLessThan(1e-6);

    Path again = make("parquet-array-again", arguments(false, true, ParquetLayout.ARRAY, false, 7));
    assertThat(parquetRows(parquetParts(again))).isEqualTo(rows);
  }

  @Test
  void parquetColumnsLayoutHasOneFloatColumnPerSampleAndIds() {
    Path parquet = make("parquet-columns", arguments(false, true, ParquetLayout.COLUMNS, /* withId= */ true, 7));
    assertThat(parquetParts(parquet)).hasSize(FILES);
    Dataset<Row> archive = SharedSpark.session().read().parquet(parquet.toString());
    String[] columns = archive.columns();
    assertThat(columns).hasSize(1 + 140 + 1);
    assertThat(columns[0]).isEqualTo("id");
    assertThat(columns[1]).isEqualTo("s0");
    assertThat(columns[140]).isEqualTo("s139");
    assertThat(columns[141]).isEqualTo("label");
    assertThat(archive.schema().apply("s7").dataType()).isEqualTo(DataTypes.FloatType);
    List<Row> idsAndLabels = archive.select("id", "label").collectAsList();
    assertThat(idsAndLabels).extracting(row -> row.getString(0))
        .doesNotHaveDuplicates()
        .hasSize((int) RECORDS)
        .contains("beat-000000000000", "beat-000000000999");
    assertThat(idsAndLabels).extracting(row -> row.getDouble(1)).containsOnly(0.0, 1.0).contains(0.0, 1.0);
  }

  private static ArchiveArguments arguments(boolean gzip, boolean parquet, ParquetLayout layout, boolean withId, long seed) {
    SourceFiles source = SourceFiles.describe(INPUT.paths(), hadoopConf());
    return new ArchiveArguments(RECORDS, FILES, gzip, parquet, layout, withId, seed, 0.01, 140, source.files(), source.bytes());
  }

  private static Path make(String name, ArchiveArguments arguments) {
    Path out = dir.resolve(name);
    new ArchiveMaker(SharedSpark.session(), INPUT).make(arguments, folder(out));
    return out;
  }

  private static ArchiveFolder folder(Path path) {
    return new ArchiveFolder(path.toString(), hadoopConf());
  }

  private static Configuration hadoopConf() {
    return SharedSpark.context().hadoopConfiguration();
  }

  /** Visible names: Hadoop's .crc files and the scratch folder are hidden. */
  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
    }
  }

  /** Every line of the part files, in file order, gunzipped where needed. */
  private static List<String> csvLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String name : names(folder)) {
      if (name.startsWith("part-")) {
        try (InputStream raw = Files.newInputStream(folder.resolve(name));
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
          new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().forEach(lines::add);
        }
      }
    }
    return lines;
  }

  private static List<Path> parquetParts(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Rows file by file (part-00000 first), each file in its stored order. */
  private static List<Row> parquetRows(List<Path> parts) {
    List<Row> rows = new ArrayList<>();
    for (Path part : parts) {
      rows.addAll(SharedSpark.session().read().parquet(part.toString()).collectAsList());
    }
    return rows;
  }
}
