package org.ecgautoencoder.signal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A record's files in one local folder: for tests and command-line tools. */
public final class LocalRecordingFiles implements RecordingFiles {
  private final Path folder;

  public LocalRecordingFiles(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  public Path folder() {
    return folder;
  }

  @Override
  public InputStream open(String fileName) throws IOException {
    return Files.newInputStream(resolve(fileName));
  }

  @Override
  public long length(String fileName) throws IOException {
    return Files.size(resolve(fileName));
  }

  @Override
  public boolean exists(String fileName) {
    return Files.isRegularFile(resolve(fileName));
  }

  @Override
  public String describe(String fileName) {
    return resolve(fileName).toAbsolutePath().toString();
  }

  private Path resolve(String fileName) {
    return folder.resolve(fileName);
  }

  @Override
  public String toString() {
    return "LocalRecordingFiles[" + folder.toAbsolutePath() + "]";
  }
}
