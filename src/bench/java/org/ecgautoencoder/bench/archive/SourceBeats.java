package org.ecgautoencoder.bench.archive;

import java.io.Serializable;
import java.util.List;
import org.ecgautoencoder.io.BeatRecord;

/**
 * The valid beats of the source archive, on the driver and broadcast to the generating tasks. Arrays rather
 * than BeatRecords: 5k ECG5000 beats are 2.8 MB this way, and the file names and line numbers are not needed.
 *
 * @param samples one float32 row per source beat, all {@code beatLength} long
 * @param labels the label of each row, as read (ECG5000: 1.0 normal, 0.0 abnormal)
 */
record SourceBeats(float[][] samples, double[] labels) implements Serializable {

  /**
   * @throws IllegalArgumentException when there is no valid beat or no label to keep
   */
  static SourceBeats of(List<BeatRecord> beats, List<String> sourcePaths) {
    if (beats.isEmpty()) {
      throw new IllegalArgumentException(
          "The source " + sourcePaths + " has no valid beat to sample from; check --data and input.* "
              + "(the rejected rows and their reasons are logged above)");
    }
    float[][] samples = new float[beats.size()][];
    double[] labels = new double[beats.size()];
    for (int i = 0; i < beats.size(); i++) {
      BeatRecord beat = beats.get(i);
      if (!beat.hasLabel()) {
        throw new IllegalArgumentException(
            "The source " + sourcePaths + " has no labels (input.label-column = none), but a synthetic archive "
                + "keeps each beat's label; point --data at a labelled file");
      }
      samples[i] = beat.samples();
      labels[i] = beat.label();
    }
    return new SourceBeats(samples, labels);
  }

  int count() {
    return labels.length;
  }

  int beatLength() {
    return samples[0].length;
  }
}
