package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the user's input paths (files, folders, globs; any Hadoop filesystem) into a sorted list of data
 * files. Files whose names start with '_' or '.' (_SUCCESS, .crc) are skipped, as Spark and Hadoop do.
 *
 * <p>Each file is listed once, by the first path that reaches it: on a local filesystem, symbolic links are
 * followed to their real paths, so a file linked from two folders (or named by two inputs) is not read twice, and
 * a folder that links back to one of its own ancestors (a loop, which Hadoop's local listing would follow until
 * the path grew too long) is reported and not entered. Other Hadoop filesystems (HDFS, S3A) have no symbolic
 * links in their listings: a path is its own identity there.
 */
public final class HadoopPaths {
  private static final Logger LOG = LoggerFactory.getLogger(HadoopPaths.class);

  private HadoopPaths() {}

  public static List<String> expandToFiles(List<String> inputPaths, Configuration hadoopConf) {
    Listing listing = new Listing();
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
          listing.collect(fs, match);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input path " + input + ": " + e.getMessage(), e);
      }
    }
    if (listing.files.isEmpty()) {
      throw new IllegalArgumentException("No data files found under " + inputPaths);
    }
    if (listing.repeats > 0) {
      LOG.info("{} input file(s) reached by more than one path (symbolic links, overlapping inputs) are read once",
          listing.repeats);
    }
    return listing.files.values().stream().sorted().toList();
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

  /** The files found so far by real path, and the folders being listed (to recognise a loop). */
  private static final class Listing {
    final Map<String, String> files = new LinkedHashMap<>();
    final Deque<String> openFolders = new ArrayDeque<>();
    int repeats;

    void collect(FileSystem fs, FileStatus status) throws IOException {
      String name = status.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return;
      }
      String real = realPath(fs, status.getPath());
      if (!status.isDirectory()) {
        if (files.putIfAbsent(real, status.getPath().toString()) != null) {
          repeats++;
        }
        return;
      }
      if (openFolders.contains(real)) {
        LOG.warn("Input folder {} is a link back to {}, which contains it (a symbolic-link loop): not followed",
            status.getPath(), real);
        return;
      }
      openFolders.push(real);
      FileStatus[] children = fs.listStatus(status.getPath());
      Arrays.sort(children, Comparator.comparing(child -> child.getPath().getName()));
      for (FileStatus child : children) {
        collect(fs, child);
      }
      openFolders.pop();
    }

    private static String realPath(FileSystem fs, Path path) throws IOException {
      Path qualified = fs.makeQualified(path);
      if (!"file".equals(qualified.toUri().getScheme())) {
        return qualified.toString();
      }
      return Paths.get(qualified.toUri()).toRealPath().toString();
    }
  }
}
