package org.ecgautoencoder.data;

import java.util.List;
import org.ecgautoencoder.io.BeatRecord;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Turns beats into normalised ND4J matrices (one row per beat) in a single copy. */
public final class BatchBuilder {
  private BatchBuilder() {}

  public static INDArray features(List<BeatRecord> beats, Normaliser normaliser) {
    int width = normaliser.beatLength();
    float[] buffer = new float[beats.size() * width];
    for (int row = 0; row < beats.size(); row++) {
      normaliser.applyInto(beats.get(row).samples(), buffer, row * width);
    }
    return Nd4j.create(buffer, new long[] {beats.size(), width}, 'c');
  }

  /** An autoencoder's training example: the beat is both the input and the target. */
  public static DataSet reconstructionDataSet(List<BeatRecord> beats, Normaliser normaliser) {
    return reconstructionDataSet(features(beats, normaliser));
  }

  /**
   * The target is a copy: a layer that corrupts its input in training (the denoising type) may do so in
   * place, and the loss must still compare with the clean beat.
   */
  public static DataSet reconstructionDataSet(INDArray features) {
    return new DataSet(features, features.dup());
  }
}
