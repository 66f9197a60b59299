package org.ecgautoencoder.train;

import org.apache.spark.api.java.JavaRDD;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;

/**
 * What a trainer learns from.
 *
 * @param train the rows to reconstruct (normal training rows)
 * @param validation rows whose loss is reported each epoch (the train job: the split's test rows); null for none
 */
public record TrainingData(JavaRDD<BeatRecord> train, JavaRDD<BeatRecord> validation, Normaliser normaliser) {
  public boolean hasValidation() {
    return validation != null;
  }
}
