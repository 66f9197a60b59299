package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * Column names of Parquet archives.
 *
 * @param beatColumn the array column holding the samples (layout = array)
 * @param sampleColumnPrefix sample i is the column {@code prefix + i}, i from 0 (layout = columns)
 * @param labelColumn the label column, or "" when the archive has none
 * @param idColumn a column whose value becomes record_id, or "" to use source file + row index
 */
public record ParquetInputConfig(
    ParquetLayout layout, String beatColumn, String sampleColumnPrefix, String labelColumn, String idColumn)
    implements Serializable {

  public ParquetInputConfig {
    ConfigChecks.check(!beatColumn.isBlank(), "input.parquet.beat-column", "\"" + beatColumn + "\"", "a column name");
    ConfigChecks.check(
        !sampleColumnPrefix.isBlank(), "input.parquet.sample-column-prefix", "\"" + sampleColumnPrefix + "\"",
        "a non-empty column name prefix");
  }

  public boolean hasLabel() {
    return !labelColumn.isEmpty();
  }

  public boolean hasId() {
    return !idColumn.isEmpty();
  }

  public String sampleColumn(int position) {
    return sampleColumnPrefix + position;
  }
}
