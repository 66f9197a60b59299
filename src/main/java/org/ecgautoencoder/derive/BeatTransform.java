package org.ecgautoencoder.derive;

import org.ecgautoencoder.model.ModelColumns;

/** What the encode and denoise jobs write for each beat. */
public enum BeatTransform {
  /** The model's code: dimensionality reduction. */
  ENCODE(ModelColumns.CODE),
  /** The reconstruction, in the input's units: the beat with what the model sees as noise removed. */
  DENOISE(ModelColumns.RECONSTRUCTION);

  private final String column;

  BeatTransform(String column) {
    this.column = column;
  }

  /** The output column holding the array. */
  public String column() {
    return column;
  }
}
