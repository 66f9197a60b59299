package org.ecgautoencoder.config;

/** Whether CSV rows start with a record id field (kept as record_id when scoring) before the label and samples. */
public enum CsvIdField {
  NONE,
  FIRST
}
