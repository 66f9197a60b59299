package org.ecgautoencoder.derive;

/** What the encode and denoise jobs write for each beat. */
public enum BeatTransform {
  /** The model's code: dimensionality reduction. */
  ENCODE("code"),
  /** The reconstruction, in the input's units: the beat with what the model sees as noise removed. */
  DENOISE("reconstruction");

  private final String column;

  BeatTransform(String column) {
    this.column = column;
  }

  /** The output column holding the array. */
  public String column() {
    return column;
  }
}
