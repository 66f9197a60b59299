package org.ecgautoencoder.io;

import java.io.Serializable;

/**
 * What one Spark task reads of a CSV file: all of it, or the lines whose first byte lies in
 * [{@code start}, {@code end}) numbered from {@code firstRowIndex} (the number of lines before them), so a
 * row's index is the same whether its file is read whole or in ranges.
 *
 * @param end for a whole file, its (possibly compressed) size, used for progress only
 */
public record CsvSplit(String file, long start, long end, long firstRowIndex, boolean wholeFile)
    implements Serializable {

  public static CsvSplit wholeFile(String file, long length) {
    return new CsvSplit(file, 0, length, 0, true);
  }

  public static CsvSplit range(String file, long start, long end, long firstRowIndex) {
    return new CsvSplit(file, start, end, firstRowIndex, false);
  }

  /** Bytes of input this split stands for. */
  public long length() {
    return end - start;
  }
}
