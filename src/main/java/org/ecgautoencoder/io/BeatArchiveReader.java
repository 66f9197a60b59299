package org.ecgautoencoder.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.ecgautoencoder.config.InputConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CSV beat archives into a {@link BeatArchive}. One Spark task per file keeps exact line numbers;
 * files are sorted by path so the row order, and so the train/test split, is the same on every run.
 */
public final class BeatArchiveReader {
  private static final Logger LOG = LoggerFactory.getLogger(BeatArchiveReader.class);

  private BeatArchiveReader() {}

  public static BeatArchive read(JavaSparkContext sc, InputConfig input) {
    Configuration hadoopConf = sc.hadoopConfiguration();
    List<String> files = HadoopPaths.expandToFiles(input.paths(), hadoopConf);
    LOG.info("Reading {} file(s) from {}: first {}", files.size(), input.paths(), files.get(0));

    JavaRDD<ParsedRow> parsed =
        sc.parallelize(files, files.size())
            .flatMap(new NumberedLineReader(new CsvBeatParser(input), input, new HadoopSettings(hadoopConf)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<RejectReason, Long> rejectCounts = new EnumMap<>(RejectReason.class);
    long valid = 0;
    for (Map.Entry<String, Long> entry : parsed.map(BeatArchiveReader::outcome).countByValue().entrySet()) {
      if (entry.getKey().equals(VALID)) {
        valid = entry.getValue();
      } else {
        rejectCounts.put(RejectReason.valueOf(entry.getKey()), entry.getValue());
      }
    }
    BeatArchive archive = new BeatArchive(parsed, valid, rejectCounts);
    LOG.info("Read {} rows: {} valid, {} rejected {}", archive.totalRows(), valid, archive.rejectedCount(), rejectCounts);
    return archive;
  }

  private static final String VALID = "VALID";

  private static String outcome(ParsedRow row) {
    return row.isValid() ? VALID : row.rejected().reason().name();
  }
}
