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
  /** A table of beats (CSV, Parquet), or null for recordings. */
  private final ArchiveInput<?> input;
  /** Recordings (WFDB, EDF), or null for a table of beats. */
  private final RecordingArchiveInput recordings;
  private final int beatLength;
  private final ReadCounters counters;

  BeatArchive(SparkSession spark, ArchiveInput<?> input, int beatLength, ReadCounters counters) {
    this(spark, input, null, beatLength, counters);
  }

  private BeatArchive(
      SparkSession spark, ArchiveInput<?> input, RecordingArchiveInput recordings, int beatLength,
      ReadCounters counters) {
    this.spark = spark;
    this.input = input;
    this.recordings = recordings;
    this.beatLength = beatLength;
    this.counters = counters;
  }

  static BeatArchive ofRecordings(SparkSession spark, RecordingArchiveInput recordings, ReadCounters counters) {
    return new BeatArchive(spark, null, recordings, 0, counters);
  }

  /**
   * The valid rows, in file order (files sorted by path, rows in file order), as {@link BeatColumns}; for
   * recordings, one row per beat found, with the beat's place and rhythm ({@link RecordingColumns}).
   */
  public Dataset<Row> beats() {
    return recordings != null ? recordings.beats(spark, counters) : beats(input);
  }

  /** Whether the archive holds recordings (rows of {@link RecordingColumns}) rather than a table of beats. */
  public boolean isRecordings() {
    return recordings != null;
  }

  /**
   * What reading each recording found (length, beats, unscorable stretches, detection against its reference
   * annotations), once {@link #beats()} has been read; empty for a table of beats.
   */
  public List<org.ecgautoencoder.recording.RecordingSummary> recordingSummaries() {
    return recordings != null ? recordings.summaries() : List.of();
  }

  private <T> Dataset<Row> beats(ArchiveInput<T> archive) {
    return spark.internalCreateDataFrame(
        archive.partitions().mapPartitions(new BeatRowsTask<>(archive.sources(), beatLength, counters)).rdd(),
        BeatColumns.SCHEMA, false);
  }

  /** Every rejected row with its file, row, reason, detail and raw text ({@link RejectsWriter#SCHEMA}): a second pass. */
  public Dataset<Row> rejects() {
    return recordings != null ? recordings.rejects(spark) : rejects(input);
  }

  private <T> Dataset<Row> rejects(ArchiveInput<T> archive) {
    return spark.createDataFrame(
        archive.partitions().mapPartitions(new RejectsTask<>(archive.sources(), beatLength)), RejectsWriter.SCHEMA);
  }

  /** Live counts of what {@link #beats()} has read so far. */
  public ReadCounters counters() {
    return counters;
  }

  /** "csv", "parquet", "wfdb" or "edf". */
  public String format() {
    return recordings != null ? recordings.format() : input.format();
  }

  /** The data files (CSV, Parquet), or the recordings' headers or EDF files. */
  public List<String> files() {
    return recordings != null ? recordings.files() : input.files();
  }

  public long inputBytes() {
    return recordings != null ? recordings.inputBytes() : input.inputBytes();
  }

  /** The whole input in {@link #progressUnit()}s, for progress and ETA. */
  public long totalProgressUnits() {
    return recordings != null ? recordings.files().size() : input.totalProgressUnits();
  }

  /** "bytes" (CSV), "rows" (Parquet) or "records" (recordings). */
  public String progressUnit() {
    return recordings != null ? "records" : input.progressUnit();
  }
}
