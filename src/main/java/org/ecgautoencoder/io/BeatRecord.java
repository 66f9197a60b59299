package org.ecgautoencoder.io;

import java.io.Serializable;

/**
 * One valid beat of an archive.
 *
 * @param sourceFile the file it came from, as a fully qualified Hadoop path
 * @param rowIndex 0-based line number within that file (blank and rejected lines count too)
 * @param samples the raw samples; float32 because the network computes in float32 anyway
 * @param label the label column's value, or null when the archive has no labels
 * @param normal whether the label is one of {@code input.normal-labels}; false when there is no label
 */
public record BeatRecord(String sourceFile, long rowIndex, float[] samples, Double label, boolean normal)
    implements Serializable {

  public boolean hasLabel() {
    return label != null;
  }

  /** Stable across reruns: the same file and line always give the same id. */
  public String recordId() {
    return sourceFile + ":" + rowIndex;
  }
}
