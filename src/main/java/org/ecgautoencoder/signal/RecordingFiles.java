package org.ecgautoencoder.signal;

import java.io.IOException;
import java.io.InputStream;

/**
 * How a reader reaches the files of one record: names are relative to the folder holding the header
 * ({@code 101.dat} next to {@code 101.hea}), so the same reader runs on a local folder in tests and on
 * Hadoop in the job (the integrator implements this over a {@code FileSystem}).
 *
 * <p>Streams may return short reads; the readers buffer and loop, so an implementation need not.
 */
public interface RecordingFiles {
  /** Opens the file for reading; the caller closes the stream. */
  InputStream open(String fileName) throws IOException;

  /** The file's size in bytes. */
  long length(String fileName) throws IOException;

  boolean exists(String fileName) throws IOException;

  /** The full path or URI of the file, for messages only. */
  String describe(String fileName);
}
