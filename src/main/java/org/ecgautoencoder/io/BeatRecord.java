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
 * @param id the record id from the input's id field, or null when it has none
 */
public record BeatRecord(String sourceFile, long rowIndex, float[] samples, Double label, boolean normal, String id)
    implements Serializable {

  public BeatRecord(String sourceFile, long rowIndex, float[] samples, Double label, boolean normal) {
    this(sourceFile, rowIndex, samples, label, normal, null);
  }

  public boolean hasLabel() {
    return label != null;
  }

  /** The input's id when it has one, else file and line: stable across reruns either way. */
  public String recordId() {
    return recordId(id, sourceFile, rowIndex);
  }

  /** The rule of {@link #recordId()}, for beats held in other forms ({@link BeatBatch}). */
  public static String recordId(String id, String sourceFile, long rowIndex) {
    return id != null ? id : sourceFile + ":" + rowIndex;
  }
}
