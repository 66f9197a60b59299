package org.ecgautoencoder.io;

import java.util.List;
import java.util.Locale;
import org.ecgautoencoder.config.InputFormat;

/** Decides whether an archive is CSV or Parquet: input.format, or with auto the files' names. */
public final class ArchiveFormats {
  private ArchiveFormats() {}

  /** @throws IllegalArgumentException when auto finds both kinds of file in one run */
  public static InputFormat of(List<String> files, InputFormat configured) {
    if (configured != InputFormat.AUTO) {
      return configured;
    }
    List<String> parquet = files.stream().filter(ArchiveFormats::looksLikeParquet).toList();
    if (parquet.isEmpty()) {
      return InputFormat.CSV;
    }
    if (parquet.size() == files.size()) {
      return InputFormat.PARQUET;
    }
    String csv = files.stream().filter(file -> !looksLikeParquet(file)).findFirst().orElseThrow();
    throw new IllegalArgumentException(
        "The input mixes Parquet files (" + parquet.get(0) + ") and other files read as CSV (" + csv
            + "); score them in separate runs, or set input.format");
  }

  private static boolean looksLikeParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
