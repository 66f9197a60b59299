package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where tests find the shared ECG5000 files and keep their scratch (under target/, never the home folder). */
public final class TestPaths {
  /** The 26 records in {@link #mitdbDir()} (its SOURCE.md): de Chazal's DS1 and the four paced ones. */
  public static final List<String> MITDB_RECORDS =
      List.of(
          "101", "102", "104", "106", "107", "108", "109", "112", "114", "115", "116", "118", "119",
          "122", "124", "201", "203", "205", "207", "208", "209", "215", "217", "220", "223", "230");

  private TestPaths() {}

  /** ../shared/data/ecg5000 beside the checkout; the build passes it as ecg.data.dir. */
  public static Path ecg5000Dir() {
    Path dir = Path.of(System.getProperty("ecg.data.dir", "../shared/data/ecg5000"));
    if (!Files.isRegularFile(dir.resolve("ecg.csv"))) {
      throw new IllegalStateException(
          "ECG5000 not found at " + dir.toAbsolutePath() + "; set -Decg.data.dir to the folder holding ecg.csv");
    }
    return dir;
  }

  /** ../shared/data/mitdb (26 MIT-BIH records, WFDB); the build passes it as mitdb.data.dir. */
  public static Path mitdbDir() {
    return existingDir("mitdb.data.dir", "../shared/data/mitdb", "101.hea");
  }

  /** ../shared/data/mitdb-edf (records 101 and 208 as EDF+); the build passes it as mitdb.edf.dir. */
  public static Path mitdbEdfDir() {
    return existingDir("mitdb.edf.dir", "../shared/data/mitdb-edf", "101.edf");
  }

  /**
   * A folder holding links to some shared MIT-BIH records' files (header, signal, annotations): an input of just
   * those records.
   */
  public static Path mitdbRecords(Path dir, List<String> records) throws IOException {
    Files.createDirectories(dir);
    for (String record : records) {
      for (String ext : List.of("hea", "dat", "atr")) {
        Files.createSymbolicLink(dir.resolve(record + "." + ext), mitdbDir().resolve(record + "." + ext).toAbsolutePath());
      }
    }
    return dir;
  }

  private static Path existingDir(String property, String fallback, String expectedFile) {
    Path dir = Path.of(System.getProperty(property, fallback));
    if (!Files.isRegularFile(dir.resolve(expectedFile))) {
      throw new IllegalStateException(
          expectedFile + " not found in " + dir.toAbsolutePath() + "; set -D" + property + " to the folder holding it");
    }
    return dir;
  }

  public static Path ecgCsv() {
    return ecg5000Dir().resolve("ecg.csv");
  }

  public static Path scratch(String name) {
    Path dir = Path.of("target", "scratch", name).toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** An archive of ECG5000 copies: {@code files} CSV files part-N.csv, each {@code copiesPerFile} times ecg.csv. */
  public static Path ecg5000Copies(Path dir, int files, int copiesPerFile) throws IOException {
    Files.createDirectories(dir);
    byte[] ecg = Files.readAllBytes(ecgCsv());
    for (int file = 0; file < files; file++) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("part-" + file + ".csv"))) {
        for (int copy = 0; copy < copiesPerFile; copy++) {
          out.write(ecg);
        }
      }
    }
    return dir;
  }
}
