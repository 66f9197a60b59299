package org.ecgautoencoder.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.hadoop.io.compress.CompressionCodec;

/**
 * A compressed file's text through its Hadoop codec, telling the codec refusing the file's bytes (truncated,
 * corrupt, not that format: the file's fault) from storage failing to deliver them (a lost disk or datanode:
 * not the file's fault). Codecs report bad bytes as IOException, EOFException, and Hadoop's Java bzip2
 * decoder even as ArrayIndexOutOfBoundsException; every failure is an IOException here, and {@link
 * #storageFailed()} says which kind it was. The codec is started on the first read, so that its reading of the
 * header fails like any other read.
 */
final class DecompressedStream extends InputStream {
  private final CompressionCodec codec;
  private final StorageStream storage;
  private InputStream decoded;

  DecompressedStream(CompressionCodec codec, InputStream raw) {
    this.codec = codec;
    this.storage = new StorageStream(raw);
  }

  /** The format's name for messages: "gzip", "bzip2", "zstandard", ... */
  String format() {
    return codec.getClass().getSimpleName().replace("Codec", "").toLowerCase(Locale.ROOT);
  }

  /** Whether the last failure was storage's rather than the codec's. */
  boolean storageFailed() {
    return storage.failure != null;
  }

  @Override
  public int read() throws IOException {
    try {
      return decoded().read();
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return decoded().read(b, off, len);
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (decoded != null) {
      decoded.close();
    } else {
      storage.close();
    }
  }

  private InputStream decoded() throws IOException {
    if (decoded == null) {
      decoded = codec.createInputStream(storage);
    }
    return decoded;
  }

  /** A decoder that trips over its own indexes on corrupt input has still only refused the bytes. */
  private static IOException corrupt(RuntimeException e) {
    return new IOException("corrupt data: " + e, e);
  }

  /** The file's bytes on their way to the codec, remembering a failure to read them. */
  private static final class StorageStream extends FilterInputStream {
    private IOException failure;

    StorageStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
