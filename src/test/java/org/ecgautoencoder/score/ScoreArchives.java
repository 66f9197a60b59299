package org.ecgautoencoder.score;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestPaths;

/** Small archives for the score tests, cut from ECG5000 and written as CSV, gzip CSV or Parquet. */
final class ScoreArchives {
  private ScoreArchives() {}

  static List<String> ecgLines(int count) {
    try (var lines = Files.lines(TestPaths.ecgCsv())) {
      return lines.limit(count).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path csv(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path gzipCsv(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One Parquet file: column {@code beat} array<double> and {@code label}, rows in line order. */
  static Path parquetArray(Path dir, List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      double[] values = values(line);
      List<Double> beat = new ArrayList<>();
      for (int i = 0; i < values.length - 1; i++) {
        beat.add(values[i]);
      }
      rows.add(RowFactory.create(beat, values[values.length - 1]));
    }
    write(
        dir,
        rows,
        List.of(
            DataTypes.createStructField("beat", DataTypes.createArrayType(DataTypes.DoubleType), true),
            DataTypes.createStructField("label", DataTypes.DoubleType, true)));
    return dir;
  }

  /** One Parquet file: float columns s0..s{n-1} and {@code label}. */
  static Path parquetColumns(Path dir, List<String> lines, int beatLength) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      double[] values = values(line);
      Object[] fields = new Object[beatLength + 1];
      for (int i = 0; i < beatLength; i++) {
        fields[i] = (float) values[i];
      }
      fields[beatLength] = values[values.length - 1];
      rows.add(RowFactory.create(fields));
    }
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < beatLength; i++) {
      fields.add(DataTypes.createStructField("s" + i, DataTypes.FloatType, true));
    }
    fields.add(DataTypes.createStructField("label", DataTypes.DoubleType, true));
    write(dir, rows, fields);
    return dir;
  }

  static void write(Path dir, List<Row> rows, List<StructField> fields) {
    Dataset<Row> frame = SharedSpark.session().createDataFrame(rows, DataTypes.createStructType(fields));
    frame.coalesce(1).write().parquet(dir.toString());
  }

  static DataType floatArray() {
    return DataTypes.createArrayType(DataTypes.FloatType);
  }

  static double[] values(String line) {
    String[] fields = line.split(",");
    double[] values = new double[fields.length];
    for (int i = 0; i < fields.length; i++) {
      values[i] = Double.parseDouble(fields[i]);
    }
    return values;
  }
}
