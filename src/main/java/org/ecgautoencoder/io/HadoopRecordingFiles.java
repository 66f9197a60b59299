package org.ecgautoencoder.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.signal.RecordingFiles;

/** A record's files on any Hadoop filesystem: the names a header gives, resolved beside it. */
public final class HadoopRecordingFiles implements RecordingFiles {
  private final FileSystem fs;
  private final Path folder;

  /**
   * The files beside {@code recordingFile} (a .hea header or an .edf file, any Hadoop path), for a reader run on
   * the driver, as the report's signal strips are.
   */
  public static RecordingFiles beside(Configuration conf, String recordingFile) throws IOException {
    return new HadoopRecordingFiles(conf, recordingFile);
  }

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
