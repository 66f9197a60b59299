package org.ecgautoencoder.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Reads one CSV file (decompressed by its Hadoop codec when the name says .gz, .bz2, ...) line by line,
 * numbering lines from 0, parsing each straight from the bytes into a {@link BeatBatch}. Rejected lines go
 * to a consumer with their file and line number, so nothing is dropped silently.
 */
public final class CsvFileScan implements Closeable {
  private static final int BUFFER_BYTES = 1 << 20;

  private final String file;
  private final CsvBeatParser parser;
  private final FSDataInputStream raw;
  private final InputStream in;
  private final LineScanner lines;
  private long nextRowIndex;

  public CsvFileScan(String file, Configuration hadoopConf, CsvBeatParser parser) {
    this.file = file;
    this.parser = parser;
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(hadoopConf);
      this.raw = fs.open(path);
      CompressionCodec codec = new CompressionCodecFactory(hadoopConf).getCodec(path);
      this.in = codec == null ? raw : codec.createInputStream(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file + ": " + e.getMessage(), e);
    }
    this.lines = new LineScanner(in, BUFFER_BYTES);
  }

  /**
   * Appends valid rows to {@code batch} until it is full or the file ends.
   *
   * @return false when the file had no more lines
   */
  public boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects) {
    try {
      while (!batch.isFull()) {
        if (!lines.next()) {
          return false;
        }
        long rowIndex = nextRowIndex++;
        RejectedRow rejected =
            lines.lineTooLong()
                ? parser.tooLong(file, rowIndex, lines.buffer(), lines.lineStart(), lines.lineEnd())
                : parser.parseInto(file, rowIndex, lines.buffer(), lines.lineStart(), lines.lineEnd(), batch);
        if (rejected != null) {
          rejects.accept(rejected);
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Failed reading " + file + " after line " + nextRowIndex + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads up to the first non-blank line (the width check looks at no more).
   *
   * @return {line index, field count}, or null when the file has no non-blank line
   */
  long[] firstNonBlankLine(byte delimiter) {
    try {
      while (lines.next()) {
        long rowIndex = nextRowIndex++;
        byte[] bytes = lines.buffer();
        int fields = 1;
        boolean blank = true;
        for (int i = lines.lineStart(); i < lines.lineEnd(); i++) {
          blank &= bytes[i] == ' ' || bytes[i] == '\t';
          fields += bytes[i] == delimiter ? 1 : 0;
        }
        if (!blank) {
          return new long[] {rowIndex, fields};
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Failed reading " + file + ": " + e.getMessage(), e);
    }
  }

  /** Bytes of the file read so far (compressed bytes for compressed files): progress against the file size. */
  public long bytesRead() {
    try {
      return raw.getPos();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + file, e);
    }
  }
}
