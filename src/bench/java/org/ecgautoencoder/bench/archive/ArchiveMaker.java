package org.ecgautoencoder.bench.archive;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.HadoopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic beat archive: reads the source's valid beats onto the driver, broadcasts them, and
 * writes one part file per Spark task (CSV through Hadoop's FileSystem, or Parquet through a DataFrame with
 * one partition per file), then _archive.json last. Record r depends only on (seed, r), so the content does
 * not depend on how many tasks run at once, and CSV output is the same byte for byte on every run.
 */
public final class ArchiveMaker {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveMaker.class);

  private final SparkSession spark;
  private final InputConfig input;

  public ArchiveMaker(SparkSession spark, InputConfig input) {
    this.spark = spark;
    this.input = input;
  }

  /**
   * @throws IllegalArgumentException when the folder is not empty, or the source has no valid labelled beat
   */
  public ArchiveManifest make(ArchiveArguments arguments, ArchiveFolder folder) {
    folder.requireEmpty();
    long startNanos = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SourceBeats source = readSource();
    if (source.beatLength() != arguments.beatLength()) {
      throw new IllegalStateException(
          "Source beats have " + source.beatLength() + " samples but the arguments say " + arguments.beatLength());
    }
    LOG.info("Sampling {} from {} source beats into {}", arguments.describe(), source.count(), folder.location());
    Broadcast<SourceBeats> shared = sc.broadcast(source);
    try {
      SortedMap<String, Long> labelCounts =
          arguments.parquet() ? writeParquet(arguments, shared, folder) : writeCsv(sc, arguments, shared, folder);
      List<FileStatus> dataFiles = folder.dataFiles();
      long recordsWritten = labelCounts.values().stream().mapToLong(Long::longValue).sum();
      if (dataFiles.size() != arguments.files() || recordsWritten != arguments.records()) {
        throw new IllegalStateException(
            "Expected " + arguments.records() + " records in " + arguments.files() + " files in " + folder.location()
                + " but found " + recordsWritten + " records in " + dataFiles.size() + " files");
      }
      long bytes = dataFiles.stream().mapToLong(FileStatus::getLen).sum();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      ArchiveManifest manifest = new ArchiveManifest(
          ArchiveManifest.FORMAT_VERSION, arguments, labelCounts, recordsWritten, dataFiles.size(), bytes, seconds,
          Instant.now().toString());
      folder.writeManifest(manifest);
      return manifest;
    } finally {
      shared.destroy();
    }
  }

  /** The source's valid beats in the reader's order (file order for CSV), through the reader every job uses. */
  private SourceBeats readSource() {
    BeatArchive archive = ArchiveReader.open(spark, input, "input.beat-length");
    return SourceBeats.of(
        BeatRows.records(archive.beats(), BeatColumns.BEAT, BeatColumns.LABEL, input.normalLabels()).collect(),
        input.paths());
  }

  /** One task per file; each returns its label counts, summed here. */
  private SortedMap<String, Long> writeCsv(
      JavaSparkContext sc, ArchiveArguments arguments, Broadcast<SourceBeats> source, ArchiveFolder folder) {
    List<WrittenPart> parts =
        fileIndices(sc, arguments)
            .map(new CsvPartWriter(arguments, source, folder.location(), new HadoopSettings(sc.hadoopConfiguration())))
            .collect();
    SortedMap<String, Long> labelCounts = new TreeMap<>();
    parts.forEach(part -> part.labelCounts().forEach((label, count) -> labelCounts.merge(label, count, Long::sum)));
    return labelCounts;
  }

  /**
   * Appends to the (empty) folder so Spark neither refuses the existing folder nor deletes the job's scratch
   * inside it; files appear only when the write commits. The label counts are read back from what was written.
   */
  private SortedMap<String, Long> writeParquet(
      ArchiveArguments arguments, Broadcast<SourceBeats> source, ArchiveFolder folder) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = fileIndices(sc, arguments).flatMap(new ParquetRowGenerator(arguments, source));
    spark.createDataFrame(rows, ParquetRowGenerator.schema(arguments))
        .write()
        .mode(SaveMode.Append)
        .parquet(folder.location());
    SortedMap<String, Long> labelCounts = new TreeMap<>();
    List<Row> countsByLabel =
        spark.read().parquet(folder.location()).groupBy(ParquetRowGenerator.LABEL_COLUMN).count().collectAsList();
    for (Row row : countsByLabel) {
      labelCounts.put(CsvLineEncoder.labelText(row.getDouble(0)), row.getLong(1));
    }
    LOG.info("Wrote {} Parquet files to {}", arguments.files(), folder.location());
    return labelCounts;
  }

  /** 0 .. files-1 in as many partitions: one Spark task per file. */
  private static JavaRDD<Integer> fileIndices(JavaSparkContext sc, ArchiveArguments arguments) {
    return sc.parallelize(IntStream.range(0, arguments.files()).boxed().toList(), arguments.files());
  }
}
