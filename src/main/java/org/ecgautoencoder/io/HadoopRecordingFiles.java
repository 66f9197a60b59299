package org.ecgautoencoder.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.signal.RecordingFiles;

/** A record's files on any Hadoop filesystem: the names a header gives, resolved beside it. */
final class HadoopRecordingFiles implements RecordingFiles {
  private final FileSystem fs;
  private final Path folder;

  HadoopRecordingFiles(Configuration conf, String recordingFile) throws IOException {
    Path path = new Path(recordingFile);
    this.fs = path.getFileSystem(conf);
    this.folder = path.getParent();
  }

  @Override
  public InputStream open(String fileName) throws IOException {
    return fs.open(new Path(folder, fileName));
  }

  @Override
  public long length(String fileName) throws IOException {
    return fs.getFileStatus(new Path(folder, fileName)).getLen();
  }

  @Override
  public boolean exists(String fileName) throws IOException {
    try {
      fs.getFileStatus(new Path(folder, fileName));
      return true;
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  @Override
  public String describe(String fileName) {
    return new Path(folder, fileName).toString();
  }
}
