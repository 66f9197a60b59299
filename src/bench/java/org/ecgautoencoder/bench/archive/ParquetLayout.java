package org.ecgautoencoder.bench.archive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a Parquet archive stores a beat's samples. */
public enum ParquetLayout {
  /** One column {@code beat} of type array<float>: compact schema, any beat length. */
  ARRAY,
  /** One float column per sample, {@code s0} .. {@code s139}: what column-oriented readers select from. */
  COLUMNS;

  /**
   * @throws IllegalArgumentException naming the option and the values allowed
   */
  public static ParquetLayout fromOption(String text) {
    for (ParquetLayout layout : values()) {
      if (layout.optionValue().equals(text)) {
        return layout;
      }
    }
    throw new IllegalArgumentException("--parquet-layout must be array or columns but was '" + text + "'");
  }

  /** As written on the command line and in _archive.json. */
  @JsonValue
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
