package org.ecgautoencoder.io;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An archive opened for reading: its files, checked against the width a job expects, ready to be read in
 * parallel into {@link BeatColumns} rows. Nothing is read until a job uses {@link #beats()}; the rejected rows
 * are read by a second pass, {@link #rejects()}, which jobs run only when there are any (or on small inputs).
 */
public final class BeatArchive {
  private final SparkSession spark;
  private final ArchiveInput<?> input;
  private final int beatLength;
  private final ReadCounters counters;

  BeatArchive(SparkSession spark, ArchiveInput<?> input, int beatLength, ReadCounters counters) {
    this.spark = spark;
    this.input = input;
    this.beatLength = beatLength;
    this.counters = counters;
  }

  /** The valid rows, in file order (files sorted by path, rows in file order), as {@link BeatColumns}. */
  public Dataset<Row> beats() {
    return beats(input);
  }

  private <T> Dataset<Row> beats(ArchiveInput<T> archive) {
    return spark.internalCreateDataFrame(
        archive.partitions().mapPartitions(new BeatRowsTask<>(archive.sources(), beatLength, counters)).rdd(),
        BeatColumns.SCHEMA, false);
  }

  /** Every rejected row with its file, row, reason, detail and raw text ({@link RejectsWriter#SCHEMA}): a second pass. */
  public Dataset<Row> rejects() {
    return rejects(input);
  }

  private <T> Dataset<Row> rejects(ArchiveInput<T> archive) {
    return spark.createDataFrame(
        archive.partitions().mapPartitions(new RejectsTask<>(archive.sources(), beatLength)), RejectsWriter.SCHEMA);
  }

  /** Live counts of what {@link #beats()} has read so far. */
  public ReadCounters counters() {
    return counters;
  }

  /** "csv" or "parquet". */
  public String format() {
    return input.format();
  }

  public List<String> files() {
    return input.files();
  }

  public long inputBytes() {
    return input.inputBytes();
  }

  /** The whole input in {@link #progressUnit()}s, for progress and ETA. */
  public long totalProgressUnits() {
    return input.totalProgressUnits();
  }

  /** "bytes" (CSV) or "rows" (Parquet). */
  public String progressUnit() {
    return input.progressUnit();
  }
}
