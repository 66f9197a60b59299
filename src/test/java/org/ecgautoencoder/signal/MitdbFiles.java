package org.ecgautoencoder.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared MIT-BIH files beside the checkout (../shared/data/mitdb, ../shared/data/mitdb-edf), never committed. */
final class MitdbFiles {
  /** The 26 records in ../shared/data/mitdb (SOURCE.md): DS1 plus the four paced records. */
  static final List<String> RECORDS = List.of(
      "101", "102", "104", "106", "107", "108", "109", "112", "114", "115", "116", "118", "119", "122", "124",
      "201", "203", "205", "207", "208", "209", "215", "217", "220", "223", "230");

  private MitdbFiles() {}

  static Path mitdb() {
    return existing(System.getProperty("mitdb.data.dir", "../shared/data/mitdb"), "101.hea");
  }

  static Path mitdbEdf() {
    return existing(System.getProperty("mitdb.edf.data.dir", "../shared/data/mitdb-edf"), "101.edf");
  }

  private static Path existing(String folder, String probe) {
    Path dir = Path.of(folder);
    if (!Files.isRegularFile(dir.resolve(probe))) {
      throw new IllegalStateException(
          probe + " not found in " + dir.toAbsolutePath() + "; the MIT-BIH files live in ../shared/data beside the checkout");
    }
    return dir;
  }
}
