package org.ecgautoencoder.bench.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.ecgautoencoder.io.HadoopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark task body: generates CSV part file k of a synthetic archive through Hadoop's FileSystem (so DIR may
 * be any Hadoop path). It writes a hidden name unique to the task attempt and renames it when complete, so
 * an interrupted or retried task never leaves a complete-looking part file.
 */
final class CsvPartWriter implements Function<Integer, WrittenPart> {
  private static final Logger LOG = LoggerFactory.getLogger(CsvPartWriter.class);
  private static final int OUTPUT_BUFFER_BYTES = 1 << 20;
  private static final int GZIP_BUFFER_BYTES = 1 << 16;

  private final ArchiveArguments arguments;
  private final Broadcast<SourceBeats> source;
  private final String dir;
  private final HadoopSettings hadoopSettings;

  CsvPartWriter(ArchiveArguments arguments, Broadcast<SourceBeats> source, String dir, HadoopSettings hadoopSettings) {
    this.arguments = arguments;
    this.source = source;
    this.dir = dir;
    this.hadoopSettings = hadoopSettings;
  }

  @Override
  public WrittenPart call(Integer file) throws IOException {
    long startNanos = System.nanoTime();
    Configuration conf = hadoopSettings.toConfiguration();
    String name = arguments.csvFileName(file);
    Path target = new Path(dir, name);
    Path temporary = new Path(dir, "." + name + ".attempt-" + TaskContext.get().taskAttemptId());
    FileSystem fs = target.getFileSystem(conf);
    long first = arguments.firstRecordOf(file);
    long end = arguments.firstRecordOf(file + 1);

    SourceBeats beats = source.value();
    long[] recordsPerSourceBeat;
    try {
      recordsPerSourceBeat = writeRecords(fs, temporary, first, end, beats);
      // A retried task may find its own earlier output; the content is the same, so replace it.
      fs.delete(target, false);
      if (!fs.rename(temporary, target)) {
        throw new IOException("rename from " + temporary + " returned false");
      }
    } catch (IOException | RuntimeException e) {
      deleteAfterFailure(fs, temporary, e);
      throw new IOException("Failed writing " + target + " (records " + first + " to " + (end - 1) + "): " + e, e);
    }
    long bytes = fs.getFileStatus(target).getLen();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    LOG.info("Wrote {} (file {}/{}): records [{}, {}), {} MB in {} s", name, file + 1, arguments.files(), first, end,
        String.format("%.1f", bytes / 1e6), String.format("%.1f", seconds));
    return new WrittenPart(file, name, end - first, bytes, labelCounts(recordsPerSourceBeat, beats.labels()));
  }

  /** Writes records [first, end) and returns how many came from each source beat. */
  private long[] writeRecords(FileSystem fs, Path temporary, long first, long end, SourceBeats beats)
      throws IOException {
    BeatSynthesizer synthesizer = new BeatSynthesizer(beats, arguments.seed(), arguments.noiseStd());
    CsvLineEncoder encoder = new CsvLineEncoder(arguments.withId(), beats.beatLength(), beats.labels());
    double[] samples = new double[beats.beatLength()];
    long[] recordsPerSourceBeat = new long[beats.count()];
    try (OutputStream out = open(fs, temporary)) {
      for (long record = first; record < end; record++) {
        int sourceIndex = synthesizer.synthesize(record, samples);
        out.write(encoder.buffer(), 0, encoder.encode(record, samples, sourceIndex));
        recordsPerSourceBeat[sourceIndex]++;
      }
    }
    return recordsPerSourceBeat;
  }

  private OutputStream open(FileSystem fs, Path path) throws IOException {
    OutputStream buffered = new BufferedOutputStream(fs.create(path, true), OUTPUT_BUFFER_BYTES);
    return arguments.gzip() ? new FastestGzipOutputStream(buffered) : buffered;
  }

  private static SortedMap<String, Long> labelCounts(long[] recordsPerSourceBeat, double[] labels) {
    SortedMap<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < labels.length; i++) {
      if (recordsPerSourceBeat[i] > 0) {
        counts.merge(CsvLineEncoder.labelText(labels[i]), recordsPerSourceBeat[i], Long::sum);
      }
    }
    return counts;
  }

  private static void deleteAfterFailure(FileSystem fs, Path temporary, Exception failure) {
    try {
      fs.delete(temporary, false);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Deflate level 1: about three times faster than gzip's default 6 for a somewhat larger file; these
   * archives are generated for read benchmarks, where generation time matters more than size. Java's own
   * gzip writer (not Hadoop's codec, which may use native zlib) writes a zero mtime, so equal input gives
   * equal bytes on the same JDK.
   */
  private static final class FastestGzipOutputStream extends GZIPOutputStream {
    FastestGzipOutputStream(OutputStream out) throws IOException {
      super(out, GZIP_BUFFER_BYTES);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
