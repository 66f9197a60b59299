package org.ecgautoencoder.io;

import java.io.Closeable;
import java.io.EOFException;
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
  /** The text of a compressed file, or null for an uncompressed one. */
  private final DecompressedStream decompressed;
  private final InputStream in;
  private final LineScanner lines;
  private final long readStart;
  private final long end;
  private long nextRowIndex;
  private boolean finished;

  /** Reads the whole file. */
  public CsvFileScan(String file, Configuration hadoopConf, CsvBeatParser parser) {
    this(CsvSplit.wholeFile(file, Long.MAX_VALUE), hadoopConf, parser);
  }

  /** Reads the lines that start in the split's byte range (the whole file for a compressed one). */
  public CsvFileScan(CsvSplit split, Configuration hadoopConf, CsvBeatParser parser) {
    this.file = split.file();
    this.parser = parser;
    // A whole file is read to its end: for a compressed one the split's size is not the text's.
    this.end = split.wholeFile() ? Long.MAX_VALUE : split.end();
    this.nextRowIndex = split.firstRowIndex();
    // A split after the first starts one byte early: the partial line up to the first '\n' at or after
    // start - 1 belongs to the split before, and a '\n' right at start - 1 makes start itself a line start.
    this.readStart = split.start() == 0 ? 0 : split.start() - 1;
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(hadoopConf);
      this.raw = fs.open(path);
      CompressionCodec codec = new CompressionCodecFactory(hadoopConf).getCodec(path);
      if (codec != null && split.start() > 0) {
        throw new IllegalStateException("compressed file " + file + " cannot be read from byte " + split.start());
      }
      if (readStart > 0) {
        raw.seek(readStart);
      }
      this.decompressed = codec == null ? null : new DecompressedStream(codec, raw);
      this.in = codec == null ? raw : decompressed;
      this.lines = new LineScanner(in, BUFFER_BYTES, parser.delimiter());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file + " at byte " + split.start() + ": " + e.getMessage(), e);
    }
    try {
      if (split.start() > 0) {
        lines.next();
      } else {
        lines.dropByteOrderMarkAtStart();
      }
    } catch (IOException e) {
      throw readFailure(e);
    }
  }

  /**
   * Appends valid rows to {@code batch} until it is full or the file ends.
   *
   * @return false when the file had no more lines
   */
  public boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects) {
    try {
      while (!batch.isFull()) {
        if (finished || !lines.next() || readStart + lines.lineOffset() >= end) {
          finished = true;
          return false;
        }
        long rowIndex = nextRowIndex++;
        RejectedRow rejected =
            lines.lineTooLong()
                ? parser.tooLong(
                    file, rowIndex, lines.buffer(), lines.lineStart(), lines.lineEnd(), lines.cutLineBytes(),
                    lines.cutLineFields())
                : parser.parseInto(file, rowIndex, lines.buffer(), lines.lineStart(), lines.lineEnd(), batch);
        if (rejected != null) {
          rejects.accept(rejected);
        }
      }
      return true;
    } catch (IOException e) {
      throw readFailure(e);
    }
  }

  /**
   * Reads up to the first line that is not blank as the parser sees it (the width check looks at no more).
   *
   * @return {line index, field count}, or null when the file has no non-blank line
   */
  long[] firstNonBlankLine() {
    byte delimiter = parser.delimiter();
    try {
      while (lines.next()) {
        long rowIndex = nextRowIndex++;
        if (lines.lineTooLong()) {
          return new long[] {rowIndex, lines.cutLineFields()};
        }
        byte[] bytes = lines.buffer();
        // Blank as the parser says, or a stray '\r' line (a "\r\r\n" end) would be checked as a 1-field row.
        if (!parser.isBlank(bytes, lines.lineStart(), lines.lineEnd())) {
          long fields = 1;
          for (int i = lines.lineStart(); i < lines.lineEnd(); i++) {
            fields += bytes[i] == delimiter ? 1 : 0;
          }
          return new long[] {rowIndex, fields};
        }
      }
      return null;
    } catch (IOException e) {
      throw readFailure(e);
    }
  }

  /**
   * What a failed read means: when the codec refused bytes that storage delivered (truncated, corrupt, not
   * that format at all), the file is bad input, named with how far it was read; a failure of storage itself
   * (a lost disk or datanode) is not the file's fault and stays an I/O error.
   */
  private RuntimeException readFailure(IOException e) {
    if (decompressed == null || decompressed.storageFailed()) {
      return new UncheckedIOException("Failed reading " + file + " after " + nextRowIndex + " lines: " + e.getMessage(), e);
    }
    String format = decompressed.format();
    String what = e instanceof EOFException ? "truncated " + format + " stream" : "not readable as " + format;
    String where = nextRowIndex == 0 ? "at its start" : "after " + nextRowIndex + " lines"; // never split: from line 0
    return new UnreadableInputException(file + ": " + what + " (" + e.getMessage() + ") " + where, e);
  }

  /**
   * Bytes of the split read so far (compressed bytes for compressed files), at most its length: progress
   * against the input's size.
   */
  public long bytesRead() {
    try {
      return Math.min(raw.getPos() - readStart, end - readStart);
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
