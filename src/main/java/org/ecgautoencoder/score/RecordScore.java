package org.ecgautoencoder.score;

import java.io.Serializable;

/**
 * A beat's reconstruction error, with what is needed to trace it back and to evaluate it.
 *
 * @param label the label column's value, or null for unlabelled archives
 * @param normalLabel whether the label says normal (false when there is no label)
 * @param reconstructionErrorMae mean absolute error over the beat's normalised samples
 */
public record RecordScore(
    String sourceFile, long rowIndex, Double label, boolean normalLabel, double reconstructionErrorMae)
    implements Serializable {

  public String recordId() {
    return sourceFile + ":" + rowIndex;
  }
}
