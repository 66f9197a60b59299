package org.ecgautoencoder.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.io.Json;

/**
 * The archive's output folder, on any Hadoop filesystem. It is either absent or empty (free to write), or
 * holds a finished archive with its _archive.json (reused when the arguments are equal), or it is refused:
 * an archive of other arguments, or files without _archive.json (an interrupted run, or someone else's).
 */
public final class ArchiveFolder {
  public static final String MANIFEST_NAME = "_archive.json";
  /** Where the jobs keep Spark and Hadoop scratch on local masters (as CommonOptions.scratchDir); not content. */
  static final String SCRATCH_NAME = ".scratch";

  private final Path dir;
  private final FileSystem fs;

  public ArchiveFolder(String location, Configuration hadoopConf) {
    try {
      Path path = new Path(location);
      this.fs = path.getFileSystem(hadoopConf);
      this.dir = fs.makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the filesystem of " + location + ": " + e.getMessage(), e);
    }
  }

  public String location() {
    return dir.toString();
  }

  /**
   * @return true when the folder holds a finished archive of exactly these arguments; false when it is
   *     absent or empty
   * @throws IllegalArgumentException when it holds an archive of other arguments, or files and no manifest
   */
  public boolean holdsArchiveOf(ArchiveArguments arguments) {
    if (contents().isEmpty()) {
      return false;
    }
    Path manifest = new Path(dir, MANIFEST_NAME);
    if (!exists(manifest)) {
      throw new IllegalArgumentException(notEmptyMessage());
    }
    JsonNode recorded = readJson(manifest).path("arguments");
    JsonNode wanted = Json.parse(Json.toJson(arguments));
    if (recorded.equals(wanted)) {
      return true;
    }
    throw new IllegalArgumentException(
        dir + " already holds an archive made with other arguments (" + differences(recorded, wanted)
            + "); choose another --output folder or delete this one");
  }

  /**
   * @throws IllegalArgumentException unless the folder is absent or empty
   */
  public void requireEmpty() {
    if (!contents().isEmpty()) {
      throw new IllegalArgumentException(notEmptyMessage());
    }
  }

  /** The part files, sorted by name: everything but names starting with '_' or '.' (as readers skip them). */
  public List<FileStatus> dataFiles() {
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus status : contents()) {
      String name = status.getPath().getName();
      if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        files.add(status);
      }
    }
    files.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    return files;
  }

  /** Writes _archive.json under a temporary name first, so a killed run never leaves a complete-looking one. */
  public void writeManifest(ArchiveManifest manifest) {
    Path target = new Path(dir, MANIFEST_NAME);
    Path temporary = new Path(dir, "." + MANIFEST_NAME + ".inprogress");
    try {
      try (OutputStream out = fs.create(temporary, true)) {
        out.write(Json.toJson(manifest).getBytes(StandardCharsets.UTF_8));
      }
      if (!fs.rename(temporary, target)) {
        throw new IOException("rename from " + temporary + " returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private String notEmptyMessage() {
    return dir + " is not empty and holds no " + MANIFEST_NAME + " (an interrupted run or another program's "
        + "files); choose another --output folder or delete this one";
  }

  private List<FileStatus> contents() {
    try {
      if (!fs.exists(dir)) {
        return List.of();
      }
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new IllegalArgumentException(dir + " is a file; --output must name a folder");
      }
      return Arrays.stream(fs.listStatus(dir)).filter(s -> !s.getPath().getName().equals(SCRATCH_NAME)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private boolean exists(Path path) {
    try {
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path + ": " + e.getMessage(), e);
    }
  }

  private JsonNode readJson(Path path) {
    try (var in = fs.open(path)) {
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + " is not valid JSON; delete the folder or choose another", e);
    }
  }

  /** "records: 1000 in _archive.json, 2000 now; seed: 7 in _archive.json, 8 now". */
  private static String differences(JsonNode recorded, JsonNode wanted) {
    List<String> differences = new ArrayList<>();
    wanted.fieldNames().forEachRemaining(field -> {
      JsonNode before = recorded.path(field);
      if (!before.equals(wanted.get(field))) {
        differences.add(field + ": " + (before.isMissingNode() ? "absent" : before) + " in " + MANIFEST_NAME
            + ", " + wanted.get(field) + " now");
      }
    });
    recorded.fieldNames().forEachRemaining(field -> {
      if (!wanted.has(field)) {
        differences.add(field + ": only in " + MANIFEST_NAME);
      }
    });
    return String.join("; ", differences);
  }
}
