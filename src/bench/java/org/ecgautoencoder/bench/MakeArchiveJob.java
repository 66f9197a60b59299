package org.ecgautoencoder.bench;

import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.bench.archive.ArchiveArguments;
import org.ecgautoencoder.bench.archive.ArchiveFolder;
import org.ecgautoencoder.bench.archive.ArchiveMaker;
import org.ecgautoencoder.bench.archive.ArchiveManifest;
import org.ecgautoencoder.bench.archive.ParquetLayout;
import org.ecgautoencoder.bench.archive.SourceFiles;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.cli.CommonOptions;
import org.ecgautoencoder.cli.ConfigUse;
import org.ecgautoencoder.cli.JobRunner;
import org.ecgautoencoder.config.InputConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * spark-submit entry point: generates a deterministic synthetic archive of N labelled beats sampled from the
 * source CSV (--data, default input.paths) with Gaussian noise, into --output DIR with DIR/_archive.json last.
 * An existing archive of the same arguments is reused without starting Spark (benchmarks rely on this).
 */
@Command(
    name = "make-archive",
    mixinStandardHelpOptions = true,
    description = "Generate a deterministic synthetic beat archive (CSV, gzip CSV or Parquet) from the source CSV.")
public final class MakeArchiveJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(MakeArchiveJob.class);

  @Mixin CommonOptions options;

  @Option(names = "--records", paramLabel = "N", required = true, description = "Records to generate.")
  long records;

  @Option(names = "--files", paramLabel = "F", defaultValue = "8",
      description = "Part files, one Spark task each; file k holds records [k*N/F, (k+1)*N/F) "
          + "(default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--gzip", description = "Gzip-compress the CSV files (names end .csv.gz).")
  boolean gzip;

  @Option(names = "--parquet", description = "Write Parquet instead of CSV.")
  boolean parquet;

  @Option(names = "--parquet-layout", paramLabel = "array|columns",
      description = "array: one array<float> column 'beat'; columns: float columns s0..s139 (default: array).")
  String parquetLayout;

  @Option(names = "--with-id",
      description = "Add a string record id, beat-000000000123 (first CSV field, Parquet column 'id').")
  boolean withId;

  @Option(names = "--seed", defaultValue = "7",
      description = "Seed of the beat draws and the noise (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--noise-std", defaultValue = "0.01",
      description = "Standard deviation of the Gaussian noise per sample, in raw sample units "
          + "(default: ${DEFAULT-VALUE}).")
  double noiseStd;

  public static void main(String[] args) {
    System.exit(JobRunner.run("make-archive", new MakeArchiveJob(), args));
  }

  @Override
  public Integer call() {
    EcgConfig config = options.loadConfig(LOG, "make-archive", ConfigUse.BENCHMARK).toEcgConfig();
    Configuration hadoopConf = CommonOptions.hadoopConfigurationBeforeSpark();
    ArchiveArguments arguments = archiveArguments(config.input(), hadoopConf);
    ArchiveFolder folder = new ArchiveFolder(options.output(), hadoopConf);
    if (folder.holdsArchiveOf(arguments)) {
      LOG.info("Archive {} is cached: its {} has the same arguments ({}); nothing to do",
          folder.location(), ArchiveFolder.MANIFEST_NAME, arguments.describe());
      return 0;
    }
    SparkSession spark = options.startSpark(config);
    try {
      ArchiveManifest manifest = new ArchiveMaker(spark, config.input()).make(arguments, folder);
      LOG.info("Wrote {} to {}: {} MB in {} s, labels {}",
          arguments.describe(), folder.location(), String.format("%.1f", manifest.bytesWritten() / 1e6),
          String.format("%.1f", manifest.seconds()), manifest.labelCounts());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The arguments as _archive.json records them; package-private so tests can build the same archive. */
  ArchiveArguments archiveArguments(InputConfig input, Configuration hadoopConf) {
    ParquetLayout layout = parquetLayout();
    SourceFiles source = SourceFiles.describe(input.paths(), hadoopConf);
    return new ArchiveArguments(records, files, gzip, parquet, layout, withId, seed, noiseStd, input.beatLength(),
        source.files(), source.bytes());
  }

  /** Null for CSV; array unless --parquet-layout says otherwise. */
  private ParquetLayout parquetLayout() {
    if (!parquet) {
      if (parquetLayout != null) {
        throw new IllegalArgumentException("--parquet-layout applies to --parquet archives only; add --parquet or drop it");
      }
      return null;
    }
    return parquetLayout == null ? ParquetLayout.ARRAY : ParquetLayout.fromOption(parquetLayout);
  }
}
