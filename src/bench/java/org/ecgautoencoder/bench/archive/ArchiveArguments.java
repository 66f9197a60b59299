package org.ecgautoencoder.bench.archive;

import java.io.Serializable;
import java.util.List;

/**
 * Everything that decides an archive's content: recorded in _archive.json, and an archive with equal
 * arguments is reused instead of generated again. Records are split into {@code files} contiguous ranges:
 * file k holds records [k * records / files, (k + 1) * records / files).
 *
 * @param gzip CSV files gzip-compressed (names end .csv.gz); CSV only
 * @param parquet Parquet files instead of CSV
 * @param layout the Parquet layout; null for CSV
 * @param withId each record carries a string id, {@code beat-000000000123}
 * @param noiseStd standard deviation of the Gaussian noise added to every sample, in raw sample units
 * @param beatLength samples per beat (input.beat-length of the source)
 * @param sourceFiles the source data files, fully qualified, sorted
 * @param sourceBytes their total size: a changed source file makes a different archive
 */
public record ArchiveArguments(
    long records,
    int files,
    boolean gzip,
    boolean parquet,
    ParquetLayout layout,
    boolean withId,
    long seed,
    double noiseStd,
    int beatLength,
    List<String> sourceFiles,
    long sourceBytes)
    implements Serializable {

  /** File names have five digits; the limit also keeps file * records within a long. */
  static final int MAX_FILES = 100_000;

  public ArchiveArguments {
    sourceFiles = List.copyOf(sourceFiles);
    check(records >= 1 && records <= RecordId.MAX_RECORDS,
        "--records must be between 1 and %d but was %d", RecordId.MAX_RECORDS, records);
    check(files >= 1 && files <= Math.min(records, MAX_FILES),
        "--files must be between 1 and min(--records, %d) = %d so that no file is empty, but was %d",
        MAX_FILES, Math.min(records, MAX_FILES), files);
    check(!(gzip && parquet), "--gzip applies to CSV only (Parquet files are snappy-compressed); drop --gzip or --parquet");
    check(parquet == (layout != null),
        "a Parquet archive needs a layout and a CSV one none (--parquet-layout applies to --parquet only)");
    check(Double.isFinite(noiseStd) && noiseStd >= 0, "--noise-std must be a finite number >= 0 but was %s", noiseStd);
    check(beatLength >= 1, "input.beat-length must be >= 1 but was %d", beatLength);
    check(!sourceFiles.isEmpty(), "the source has no data file");
  }

  /** The first record of file {@code file}; {@code firstRecordOf(files)} is {@code records}. */
  public long firstRecordOf(int file) {
    return (long) file * records / files; // at most MAX_FILES * MAX_RECORDS = 10^17: no overflow
  }

  /** part-00000.csv, part-00000.csv.gz; Parquet part files are named by Spark. */
  public String csvFileName(int file) {
    return String.format("part-%05d.csv%s", file, gzip ? ".gz" : "");
  }

  /** For logs: "1000 records in 3 gzip CSV files". */
  public String describe() {
    String format = parquet ? "Parquet (" + layout.optionValue() + " layout)" : gzip ? "gzip CSV" : "CSV";
    return records + " records in " + files + " " + format + " file(s)" + (withId ? " with ids" : "");
  }

  private static void check(boolean condition, String message, Object... values) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(message, values));
    }
  }
}
