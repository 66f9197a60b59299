package org.ecgautoencoder.bench.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.io.HadoopPaths;

/**
 * The source archive as _archive.json identifies it: its data files and their total size, found without
 * Spark so that a cached archive is recognised before any Spark work starts.
 *
 * @param files fully qualified data files, sorted, as the beat reader will read them
 * @param bytes their total length
 */
public record SourceFiles(List<String> files, long bytes) {
  public SourceFiles {
    files = List.copyOf(files);
  }

  public static SourceFiles describe(List<String> inputPaths, Configuration hadoopConf) {
    List<String> files = HadoopPaths.expandToFiles(inputPaths, hadoopConf);
    long bytes = 0;
    for (String file : files) {
      Path path = new Path(file);
      try {
        bytes += path.getFileSystem(hadoopConf).getFileStatus(path).getLen();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the size of source file " + file + ": " + e.getMessage(), e);
      }
    }
    return new SourceFiles(files, bytes);
  }
}
