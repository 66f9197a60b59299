package org.ecgautoencoder.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Spark task body: streams one file's lines through the parser, numbering them from 0, so every row and
 * every reject can be traced to its file and line. Compressed files (.gz, .bz2) are decoded by their codec.
 */
final class NumberedLineReader implements FlatMapFunction<String, ParsedRow> {
  private final CsvBeatParser parser;
  private final Map<String, String> hadoopSettings;

  NumberedLineReader(CsvBeatParser parser, Map<String, String> hadoopSettings) {
    this.parser = parser;
    this.hadoopSettings = hadoopSettings;
  }

  @Override
  public Iterator<ParsedRow> call(String file) throws IOException {
    Configuration conf = new Configuration(false);
    hadoopSettings.forEach(conf::set);
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    InputStream raw = fs.open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    InputStream in = codec == null ? raw : codec.createInputStream(raw);
    return new LineIterator(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
  }

  private final class LineIterator implements Iterator<ParsedRow> {
    private final String file;
    private final BufferedReader reader;
    private String nextLine;
    private long rowIndex;

    LineIterator(String file, BufferedReader reader) {
      this.file = file;
      this.reader = reader;
      advance();
    }

    @Override
    public boolean hasNext() {
      return nextLine != null;
    }

    @Override
    public ParsedRow next() {
      if (nextLine == null) {
        throw new NoSuchElementException();
      }
      ParsedRow row = parser.parse(file, rowIndex++, nextLine);
      advance();
      return row;
    }

    private void advance() {
      try {
        nextLine = reader.readLine();
        if (nextLine == null) {
          reader.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Failed reading " + file + " after line " + rowIndex, e);
      }
    }
  }
}
