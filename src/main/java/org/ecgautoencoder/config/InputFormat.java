package org.ecgautoencoder.config;

/**
 * How archive files are encoded: by file name (auto: {@code .parquet} is Parquet, {@code .hea} a WFDB record,
 * {@code .edf} an EDF/EDF+ recording, anything else CSV), or forced.
 */
public enum InputFormat {
  AUTO,
  CSV,
  PARQUET,
  /** PhysioNet WFDB records: the .hea header names its signal files. */
  WFDB,
  /** European Data Format (EDF and EDF+ continuous) recordings. */
  EDF;

  /** Continuous recordings, whose beats the reader finds, rather than tables of beats. */
  public boolean isRecording() {
    return this == WFDB || this == EDF;
  }
}
