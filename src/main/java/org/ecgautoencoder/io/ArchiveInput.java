package org.ecgautoencoder.io;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * An archive ready to be read in parallel: one RDD whose partitions each become a {@link BeatSource}.
 *
 * @param format "csv" or "parquet"
 * @param files the data files, sorted
 * @param inputBytes their total size on disk
 * @param partitions file paths (CSV, one file per partition) or Parquet rows
 * @param totalProgressUnits the whole input in {@code progressUnit}s, for progress and ETA
 * @param progressUnit "bytes" (CSV: compressed bytes for compressed files) or "rows" (Parquet)
 */
public record ArchiveInput<T>(
    String format,
    List<String> files,
    long inputBytes,
    JavaRDD<T> partitions,
    BeatSourceFactory<T> sources,
    long totalProgressUnits,
    String progressUnit) {}
