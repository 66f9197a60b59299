package org.ecgautoencoder.io;

import java.io.Serializable;

/**
 * One beat as training holds it: the rows of {@link BeatColumns} taken off Spark's row format for DL4J.
 *
 * @param recordId the beat's {@code record_id}, or null where the rows carry none (a user's own dataset)
 * @param samples the raw samples; float32 because the network computes in float32 anyway
 * @param label the label column's value, or null when the row has no label
 * @param normal whether the label is one of {@code input.normal-labels}; false when there is no label
 */
public record BeatRecord(String recordId, float[] samples, Double label, boolean normal) implements Serializable {

  public boolean hasLabel() {
    return label != null;
  }
}
