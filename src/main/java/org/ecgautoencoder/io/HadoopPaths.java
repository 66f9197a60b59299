package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the user's input paths (files, folders, globs; any Hadoop filesystem) into a sorted list of data
 * files. Files whose names start with '_' or '.' (_SUCCESS, .crc) are skipped, as Spark and Hadoop do.
 */
public final class HadoopPaths {
  private HadoopPaths() {}

  public static List<String> expandToFiles(List<String> inputPaths, Configuration hadoopConf) {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputPaths) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoopConf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException(
              "Input path not found: " + input + " (resolved as " + fs.makeQualified(path) + ")");
        }
        for (FileStatus match : matches) {
          collectFiles(fs, match, files);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input path " + input + ": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No data files found under " + inputPaths);
    }
    return new ArrayList<>(files);
  }

  /** A file's size in bytes. */
  public static long length(String file, Configuration conf) {
    try {
      Path path = new Path(file);
      return path.getFileSystem(conf).getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the size of " + file, e);
    }
  }

  public static long totalLength(List<String> files, Configuration conf) {
    return files.stream().mapToLong(file -> length(file, conf)).sum();
  }

  private static void collectFiles(FileSystem fs, FileStatus status, TreeSet<String> files) throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collectFiles(fs, child, files);
      }
    } else {
      files.add(status.getPath().toString());
    }
  }
}
