package org.ecgautoencoder.score;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Per-row reconstruction error: the mean absolute error over a beat's samples, as Keras' {@code mae} computes it. */
public final class ReconstructionErrors {
  private ReconstructionErrors() {}

  /** @param features normalised beats, one per row */
  public static double[] meanAbsoluteError(MultiLayerNetwork network, INDArray features) {
    INDArray reconstruction = network.output(features, false);
    return Transforms.abs(reconstruction.sub(features), false).mean(1).toDoubleVector();
  }
}
