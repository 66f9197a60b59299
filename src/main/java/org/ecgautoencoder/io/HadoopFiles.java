package org.ecgautoencoder.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Small files (bundles, checkpoints, metrics, reports, manifests) on any Hadoop filesystem, so a job's
 * outputs may live on {@code file:}, {@code hdfs:} or {@code s3a:} alike: the driver of a cluster-mode job
 * has no disk of its own that outlives it. Failures name the path.
 */
public final class HadoopFiles {
  private final Configuration conf;

  public HadoopFiles(Configuration conf) {
    this.conf = conf;
  }

  public Configuration configuration() {
    return conf;
  }

  /** The path made absolute and given its filesystem's scheme, as Spark resolves it. */
  public String qualified(String path) {
    Path p = new Path(path);
    return filesystem(p).makeQualified(p).toString();
  }

  public boolean exists(String path) {
    Path p = new Path(path);
    try {
      return filesystem(p).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path + ": " + e.getMessage(), e);
    }
  }

  public boolean isFile(String path) {
    Path p = new Path(path);
    try {
      return filesystem(p).getFileStatus(p).isFile();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path + ": " + e.getMessage(), e);
    }
  }

  /** @throws java.io.FileNotFoundException wrapped in UncheckedIOException when absent */
  public byte[] read(String path) {
    Path p = new Path(path);
    try (InputStream in = filesystem(p).open(p)) {
      return in.readAllBytes();
    } catch (org.apache.hadoop.fs.ChecksumException e) {
      throw new IllegalArgumentException(
          path + " is corrupted: it no longer matches the checksum its filesystem kept (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes (replacing) the file, creating its folder. */
  public void write(String path, byte[] bytes) {
    Path p = new Path(path);
    try (OutputStream out = filesystem(p).create(p, true)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  public void mkdirs(String path) {
    Path p = new Path(path);
    try {
      filesystem(p).mkdirs(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + path + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the path and everything under it; nothing when it is absent. */
  public void delete(String path) {
    Path p = new Path(path);
    try {
      filesystem(p).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  /** Renames within one filesystem; the target must not exist. */
  public void rename(String from, String to) {
    Path source = new Path(from);
    Path target = new Path(to);
    try {
      if (!filesystem(source).rename(source, target)) {
        throw new IOException("rename returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  /** The names directly under a folder (empty when it is absent), sorted. */
  public List<String> list(String folder) {
    Path p = new Path(folder);
    List<String> names = new ArrayList<>();
    try {
      for (FileStatus status : filesystem(p).listStatus(p)) {
        names.add(status.getPath().getName());
      }
    } catch (FileNotFoundException e) {
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    names.sort(null);
    return names;
  }

  /** Copies a local folder's files (not recursively) into {@code target}, replacing it. */
  public void publishLocalFolder(java.nio.file.Path local, String target) {
    Path destination = new Path(target);
    try {
      FileSystem fs = filesystem(destination);
      fs.delete(destination, true);
      fs.copyFromLocalFile(false, true, new Path(local.toUri()), destination);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + local + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /** A child path: {@code parent/name}, whatever the parent's scheme. */
  public static String child(String parent, String name) {
    return new Path(parent, name).toString();
  }

  private FileSystem filesystem(Path path) {
    try {
      return path.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("No filesystem for " + path + ": " + e.getMessage(), e);
    }
  }
}
