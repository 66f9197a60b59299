package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.ecgautoencoder.config.CsvIdField;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile archives through the real reader ({@link ArchiveReader}, Spark tasks, byte-range splits,
 * the rejects pass and writer): every row read is one valid beat or one reject, the live counters agree, and
 * each reject has its reason and a detail. CSV files as {@link HostileCsv} writes them (plus a valid first row,
 * or the width check would stop the job); Parquet rows with null, NaN, infinite, out-of-float-range and
 * wrong-length beats.
 */
@ExtendWith(SharedSpark.class)
class ArchiveReaderHostileInputSparkTest {
  private static final byte[] VALID_ROW = "1,2,3,1.0\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  /** Read in 1 MiB splits (the least input.csv-split-size allows), so the large file is read by several tasks. */
  private static InputConfig csvInput(String path) {
    return new InputConfig(
        List.of(path), 3, LabelColumn.LAST, Set.of(1.0), ",", 1.0, InputFormat.CSV, CsvIdField.NONE, 1 << 20,
        TestConfigs.PARQUET_DEFAULTS, TestConfigs.RECORDING_DEFAULTS, TestConfigs.csvInput(LabelColumn.LAST, 1, "x").download());
  }

  @Test
  void everyCsvRowIsOneBeatOrOneRejectCountedOnce() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("a.csv", concat(VALID_ROW, new HostileCsv(101).file()));
    files.put("b.csv", concat(HostileCsv.BOM, VALID_ROW, new HostileCsv(102).file()));
    files.put("c.csv", new byte[0]);
    files.put("d.csv", "\r\n \n\t\r\r\n".getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream large = new ByteArrayOutputStream();
    large.writeBytes(VALID_ROW);
    for (int seed = 200; large.size() < (3 << 19); seed++) {
      large.writeBytes(new HostileCsv(seed).file());
      large.write('\n');
    }
    files.put("e.csv", large.toByteArray());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
    byte[] gzipped = concat(VALID_ROW, new HostileCsv(103).file());
    files.put("f.csv.gz", gzipped);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("f.csv.gz")))) {
      out.write(gzipped);
    }

    Map<String, List<CsvLineOracle.Line>> oracle = new HashMap<>();
    files.forEach((name, bytes) -> oracle.put(name, CsvLineOracle.lines(bytes)));

    BeatArchive archive = ArchiveReader.open(SharedSpark.session(), csvInput(dir.toString()), "the test");
    List<Row> beats = archive.beats().select("source_file", "row_index", "beat", "label").collectAsList();
    long recordsCounted = archive.counters().records().value();
    long rejectedCounted = archive.counters().rejected().value();
    List<Row> rejects = archive.rejects().collectAsList();

    Map<String, Map<Long, String>> read = new HashMap<>(); // file -> row -> "valid" or the reason
    for (Row beat : beats) {
      CsvLineOracle.Line line = expected(oracle, beat.getString(0), beat.getLong(1));
      assertThat(line.reason()).as(where(beat)).isNull();
      float[] samples = new float[3];
      for (int i = 0; i < 3; i++) {
        samples[i] = beat.<Float>getList(2).get(i);
      }
      assertThat(samples).as(where(beat)).containsExactly(line.samples());
      assertThat(beat.getDouble(3)).as(where(beat)).isEqualTo(line.label());
      assertThat(record(read, beat, "valid")).as(where(beat) + " read twice").isNull();
    }
    for (Row reject : rejects) {
      CsvLineOracle.Line line = expected(oracle, reject.getString(0), reject.getLong(1));
      assertThat(reject.getString(2)).as(where(reject) + " " + reject.getString(3)).isEqualTo(String.valueOf(line.reason()));
      assertThat(reject.getString(3)).as(where(reject)).isNotBlank();
      byte[] kept = CsvLineOracle.unescape(reject.getString(4));
      assertThat(kept).as(where(reject) + " raw text").isEqualTo(Arrays.copyOf(line.bytes(), kept.length));
      assertThat(record(read, reject, reject.getString(2))).as(where(reject) + " read twice").isNull();
    }
    for (Map.Entry<String, List<CsvLineOracle.Line>> file : oracle.entrySet()) {
      int lines = file.getValue().size();
      assertThat(read.getOrDefault(file.getKey(), Map.of()).keySet()).as(file.getKey() + ": rows read")
          .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(0, lines).boxed().toList());
    }
    assertThat(recordsCounted).as("records counter").isEqualTo(beats.size());
    assertThat(rejectedCounted).as("rejected counter").isEqualTo(rejects.size());
    assertThat(rejects).extracting(row -> row.getString(2)).contains("NOT_A_NUMBER", "NOT_FINITE", "BLANK_LINE");

    Map<String, Long> written =
        RejectsWriter.writeAndCheck(SharedSpark.session(), archive, beats.size(), dir.resolve("out/rejects").toString(), 1.0);
    assertThat(written.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rejects.size());
  }

  @Test
  void everyParquetRowIsOneBeatOrOneRejectCountedOnce() {
    Random random = new Random(16);
    List<Row> rows = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<Double> beat = new ArrayList<>(List.of(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()));
      String reason = "valid";
      int kind = i == 0 ? 0 : random.nextInt(9); // the first beat is checked for its width: keep it valid
      switch (kind) {
        case 1 -> {
          beat = null;
          reason = "MISSING_VALUE";
        }
        case 2 -> {
          beat = new ArrayList<>(beat.subList(0, random.nextInt(3)));
          reason = "WRONG_FIELD_COUNT";
        }
        case 3 -> {
          beat.add(1.0);
          reason = "WRONG_FIELD_COUNT";
        }
        case 4 -> {
          beat.set(random.nextInt(3), null);
          reason = "MISSING_VALUE";
        }
        case 5 -> {
          beat.set(random.nextInt(3), List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).get(random.nextInt(3)));
          reason = "NOT_FINITE";
        }
        case 6 -> {
          beat.set(random.nextInt(3), random.nextBoolean() ? 1e300 : -1e39); // finite doubles, beyond float32
          reason = "NOT_FINITE";
        }
        default -> { }
      }
      Double label = kind == 7 ? null : (double) random.nextInt(5); // a missing label does not reject a beat
      rows.add(RowFactory.create(beat, label));
      expected.add(reason);
    }
    Path parquet = dir.resolve("hostile-parquet");
    SharedSpark.session()
        .createDataFrame(
            rows,
            DataTypes.createStructType(
                List.of(
                    DataTypes.createStructField("beat", DataTypes.createArrayType(DataTypes.DoubleType, true), true),
                    DataTypes.createStructField("label", DataTypes.DoubleType, true))))
        .coalesce(1)
        .write()
        .parquet(parquet.toString());
    InputConfig input = csvInput(parquet.toString());
    input =
        new InputConfig(
            input.paths(), 3, LabelColumn.LAST, Set.of(1.0), ",", 1.0, InputFormat.PARQUET, CsvIdField.NONE, 0,
            input.parquet(), input.recording(), input.download());

    BeatArchive archive = ArchiveReader.open(SharedSpark.session(), input, "the test");
    List<Row> beats = archive.beats().select("row_index").collectAsList();
    long recordsCounted = archive.counters().records().value();
    long rejectedCounted = archive.counters().rejected().value();
    List<Row> rejects = archive.rejects().collectAsList();

    Map<Long, String> read = new TreeMap<>();
    beats.forEach(row -> assertThat(read.put(row.getLong(0), "valid")).as("row %d read twice", row.getLong(0)).isNull());
    for (Row reject : rejects) {
      assertThat(reject.getString(3)).as("row %d", reject.getLong(1)).isNotBlank();
      assertThat(read.put(reject.getLong(1), reject.getString(2))).as("row %d read twice", reject.getLong(1)).isNull();
    }
    assertThat(read.values()).containsExactlyElementsOf(expected);
    assertThat(recordsCounted).isEqualTo(beats.size());
    assertThat(rejectedCounted).isEqualTo(rejects.size());
  }

  private static CsvLineOracle.Line expected(Map<String, List<CsvLineOracle.Line>> oracle, String sourceFile, long row) {
    List<CsvLineOracle.Line> lines = oracle.get(sourceFile.substring(sourceFile.lastIndexOf('/') + 1));
    assertThat(row).as(sourceFile + " row").isLessThan(lines.size());
    return lines.get((int) row);
  }

  private static String record(Map<String, Map<Long, String>> read, Row row, String what) {
    String name = row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1);
    return read.computeIfAbsent(name, n -> new HashMap<>()).put(row.getLong(1), what);
  }

  private static String where(Row row) {
    return row.getString(0) + " line " + row.getLong(1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
