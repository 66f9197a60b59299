package org.ecgautoencoder.config;

/** Where a Parquet archive keeps a beat: one array column, or one numeric column per sample. */
public enum ParquetLayout {
  ARRAY,
  COLUMNS
}
