package org.ecgautoencoder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Row;

/**
 * The score job's output folder as an outside reader sees it (parquet-hadoop's own reader, not Spark's), and
 * its errors as Spark reads them back.
 */
public final class ScoreTables {
  private ScoreTables() {}

  /** row_index -> reconstruction_error of a scores table on any Hadoop path, read by the shared Spark session. */
  public static Map<Long, Double> errorsByRow(String table) {
    Map<Long, Double> errors = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(table).select("row_index", "reconstruction_error").collectAsList()) {
      errors.put(row.getLong(0), row.getDouble(1));
    }
    return errors;
  }

  /** True once Spark has written a part file into the run's staging folder. */
  public static boolean writingHasBegun(Path output) {
    Path staging = output.resolve(".staging");
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.anyMatch(file -> file.getFileName().toString().startsWith("part-"));
    } catch (IOException | UncheckedIOException racingWithSpark) {
      return false;
    }
  }

  /** Every path under the output a table reader could see (not the staging and scratch folders), sorted. */
  public static List<String> files(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .map(output::relativize)
          .map(Path::toString)
          .filter(name -> !name.startsWith(".staging") && !name.startsWith(".scratch"))
          .sorted()
          .toList();
    }
  }

  /** record_id -> reconstruction_error of one partition folder; fails on a duplicate id. */
  public static Map<String, Double> readPartition(Path partition) throws IOException {
    Map<String, Double> rows = new TreeMap<>();
    Set<String> duplicates = new HashSet<>();
    try (Stream<Path> files = Files.list(partition)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
        try (ParquetReader<Group> reader =
            ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
                .withConf(new Configuration())
                .build()) {
          for (Group row = reader.read(); row != null; row = reader.read()) {
            String id = row.getString("record_id", 0);
            if (rows.put(id, row.getDouble("reconstruction_error", 0)) != null) {
              duplicates.add(id);
            }
          }
        }
      }
    }
    assertThat(duplicates).as("duplicate record ids in " + partition).isEmpty();
    return rows;
  }
}
