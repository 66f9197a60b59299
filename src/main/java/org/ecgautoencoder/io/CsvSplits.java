package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts uncompressed CSV files larger than {@code splitBytes} into byte ranges, so that one large file is
 * read by several tasks. Row indexes stay those of a whole-file read: a parallel pass counts the line
 * breaks before each split (only for the files that are split, and only up to their last split's start).
 */
public final class CsvSplits {
  private static final Logger LOG = LoggerFactory.getLogger(CsvSplits.class);
  private static final int COUNT_BUFFER_BYTES = 1 << 20;

  private CsvSplits() {}

  /** @param splitBytes 0 = one task per file */
  public static List<CsvSplit> plan(JavaSparkContext sc, List<String> files, HadoopSettings settings, long splitBytes) {
    Configuration conf = settings.toConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<CsvSplit> plan = new ArrayList<>();
    Map<String, Long> splitFileLengths = new LinkedHashMap<>();
    List<ByteRange> toCount = new ArrayList<>();
    for (String file : files) {
      long length = HadoopPaths.length(file, conf);
      boolean splittable = splitBytes > 0 && length > splitBytes && codecs.getCodec(new Path(file)) == null;
      if (!splittable) {
        plan.add(CsvSplit.wholeFile(file, length));
        continue;
      }
      splitFileLengths.put(file, length);
      // Splits k >= 1 start at s_k; the line breaks counted for split k lie in [s_(k-1) - 1, s_k - 1).
      for (long start = splitBytes; start < length; start += splitBytes) {
        toCount.add(new ByteRange(file, Math.max(0, start - splitBytes - 1), start - 1));
      }
    }
    if (toCount.isEmpty()) {
      return plan;
    }
    List<Long> counts =
        sc.parallelize(toCount, Math.min(toCount.size(), sc.defaultParallelism() * 4))
            .map(range -> range.countLineBreaks(settings.toConfiguration()))
            .collect();
    int next = 0;
    List<CsvSplit> split = new ArrayList<>();
    for (Map.Entry<String, Long> entry : splitFileLengths.entrySet()) {
      String file = entry.getKey();
      long length = entry.getValue();
      long breaksBefore = 0;
      split.add(CsvSplit.range(file, 0, Math.min(splitBytes, length), 0));
      for (long start = splitBytes; start < length; start += splitBytes) {
        breaksBefore += counts.get(next++);
        split.add(CsvSplit.range(file, start, Math.min(start + splitBytes, length), breaksBefore + 1));
      }
    }
    LOG.info("Split {} large CSV file(s) into {} ranges of up to {} bytes", split.stream().map(CsvSplit::file).distinct().count(), split.size(), splitBytes);
    List<CsvSplit> all = new ArrayList<>(plan);
    all.addAll(split);
    all.sort(java.util.Comparator.comparing(CsvSplit::file).thenComparingLong(CsvSplit::start));
    return all;
  }

  /** [from, to) of one file, whose '\n' bytes are counted. */
  record ByteRange(String file, long from, long to) implements java.io.Serializable {
    long countLineBreaks(Configuration conf) throws IOException {
      Path path = new Path(file);
      long count = 0;
      byte[] buffer = new byte[COUNT_BUFFER_BYTES];
      try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
        in.seek(from);
        long remaining = to - from;
        while (remaining > 0) {
          int read = ((InputStream) in).read(buffer, 0, (int) Math.min(buffer.length, remaining));
          if (read < 0) {
            break;
          }
          for (int i = 0; i < read; i++) {
            count += buffer[i] == '\n' ? 1 : 0;
          }
          remaining -= read;
        }
      }
      return count;
    }
  }
}
