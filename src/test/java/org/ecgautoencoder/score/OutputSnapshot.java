package org.ecgautoencoder.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecgautoencoder.io.Checksums;

/**
 * What a reader of an output root can see, byte for byte: every file's sha256 by relative path, except this
 * run's own scratch (names starting with '.') and the folder where refused runs keep their rejects.
 */
final class OutputSnapshot {
  private OutputSnapshot() {}

  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String relative = root.relativize(file).toString();
        if (!relative.startsWith(".") && !relative.startsWith(FailedRuns.FOLDER)) {
          files.put(relative, Checksums.sha256(Files.readAllBytes(file)));
        }
      }
    }
    return files;
  }
}
