package org.ecgautoencoder.config;

/** How archive files are encoded: by file name (auto: {@code .parquet} is Parquet, anything else CSV), or forced. */
public enum InputFormat {
  AUTO,
  CSV,
  PARQUET
}
