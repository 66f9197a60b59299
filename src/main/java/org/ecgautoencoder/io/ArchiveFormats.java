package org.ecgautoencoder.io;

import java.util.List;
import java.util.Locale;
import org.ecgautoencoder.config.InputFormat;

/**
 * Decides whether an archive is CSV, Parquet or recordings (WFDB, EDF): input.format, or with auto the files'
 * names. A folder of WFDB records also holds their signal and annotation files (and often RECORDS, SHA256SUMS,
 * notes): with recordings, only the headers (.hea) or the .edf files are inputs; the others are read through
 * them or are not data, and {@link #recordings} says how many it passed over.
 */
public final class ArchiveFormats {
  private static final String WFDB_HEADER = ".hea";
  private static final String EDF = ".edf";

  private ArchiveFormats() {}

  /** @throws IllegalArgumentException when auto finds both kinds of file in one run */
  public static InputFormat of(List<String> files, InputFormat configured) {
    if (configured != InputFormat.AUTO) {
      return configured;
    }
    boolean wfdb = files.stream().anyMatch(file -> hasExtension(file, WFDB_HEADER));
    boolean edf = files.stream().anyMatch(file -> hasExtension(file, EDF));
    if (wfdb && edf) {
      throw new IllegalArgumentException(
          "The input mixes WFDB headers (" + files.stream().filter(f -> hasExtension(f, WFDB_HEADER)).findFirst().get()
              + ") and EDF files (" + files.stream().filter(f -> hasExtension(f, EDF)).findFirst().get()
              + "); read them in separate runs, or set input.format");
    }
    if (wfdb || edf) {
      return wfdb ? InputFormat.WFDB : InputFormat.EDF;
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

  /** The recordings' own files among {@code files}: the .hea headers (WFDB) or the .edf files. */
  public static List<String> recordings(List<String> files, InputFormat format) {
    String extension = format == InputFormat.WFDB ? WFDB_HEADER : EDF;
    List<String> recordings = files.stream().filter(file -> hasExtension(file, extension)).toList();
    if (recordings.isEmpty()) {
      throw new IllegalArgumentException(
          "input.format = " + format.name().toLowerCase(Locale.ROOT) + " but none of the " + files.size()
              + " input file(s) is a " + extension + " file (first: " + files.get(0) + ")");
    }
    return recordings;
  }

  private static boolean hasExtension(String file, String extension) {
    return file.toLowerCase(Locale.ROOT).endsWith(extension);
  }

  private static boolean looksLikeParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
