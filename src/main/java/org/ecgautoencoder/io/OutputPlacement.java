package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Keeps a run's output apart from its inputs. An output folder equal to or inside an input would be read back by
 * later runs as input (a score table read as CSV, a model's checkpoints as beats); an input inside the output
 * would be replaced or deleted by the run that reads it. Paths are compared qualified (scheme, authority,
 * absolute path) and, on a local filesystem, through symbolic links; a glob input counts from its folder before
 * the first wildcard.
 */
public final class OutputPlacement {
  private OutputPlacement() {}

  /** @throws IllegalArgumentException when the output is an existing file, not a folder a run can write into */
  public static void requireFolder(String output, Configuration conf) {
    HadoopFiles files = new HadoopFiles(conf);
    if (files.isFile(output)) {
      throw new IllegalArgumentException(
          "--output " + output + " is a file; give a folder for the run's output (it is created when missing)");
    }
  }

  /** @throws IllegalArgumentException naming the input and the output when one holds the other */
  public static void requireApart(List<String> inputs, String output, Configuration conf) {
    String out = comparable(output, conf);
    for (String input : inputs) {
      String in = comparable(withoutGlob(input), conf);
      if (holds(in, out)) {
        throw new IllegalArgumentException(
            "--output " + output + (in.equals(out) ? " is the input " : " is inside the input ") + input
                + ": later runs would read this run's output as beats; write it outside the input folders");
      }
      if (holds(out, in)) {
        throw new IllegalArgumentException(
            "The input " + input + " is inside --output " + output
                + ": the run replaces what it writes there; keep the input outside the output folder");
      }
    }
  }

  private static boolean holds(String folder, String path) {
    return path.equals(folder) || path.startsWith(folder.endsWith("/") ? folder : folder + "/");
  }

  /** The part of a glob before its first wildcard's path component. */
  private static String withoutGlob(String input) {
    int wildcard = indexOfAny(input, "*?[{");
    if (wildcard < 0) {
      return input;
    }
    int slash = input.lastIndexOf('/', wildcard);
    return slash <= 0 ? "." : input.substring(0, slash);
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String comparable(String path, Configuration conf) {
    String qualified = new HadoopFiles(conf).qualified(path);
    Path hadoopPath = new Path(qualified);
    if (!"file".equals(hadoopPath.toUri().getScheme())) {
      return qualified;
    }
    return realLocalPath(Paths.get(hadoopPath.toUri()));
  }

  /** The real path of the nearest existing ancestor, then the rest as given (the output may not exist yet). */
  private static String realLocalPath(java.nio.file.Path path) {
    java.nio.file.Path existing = path.normalize();
    java.nio.file.Path rest = existing.getFileSystem().getPath("");
    while (existing.getParent() != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    try {
      return existing.toRealPath().resolve(rest).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve " + path + ": " + e.getMessage(), e);
    }
  }
}
