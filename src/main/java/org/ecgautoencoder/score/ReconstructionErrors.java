package org.ecgautoencoder.score;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Per-row reconstruction error: the mean absolute error over a beat's samples, as Keras' {@code mae} computes it. */
public final class ReconstructionErrors {
  private ReconstructionErrors() {}

  /** @param features normalised beats, one per row */
  public static double[] meanAbsoluteError(MultiLayerNetwork network, INDArray features) {
    return meanAbsoluteError(network.output(features, false), features);
  }

  /** The one formula every path uses (threshold, evaluate, score), so a beat gets the same error everywhere. */
  public static double[] meanAbsoluteError(INDArray reconstruction, INDArray features) {
    return Transforms.abs(reconstruction.sub(features), false).mean(1).toDoubleVector();
  }

  /**
   * Mean absolute error of each of {@code segments} equal parts of every row: where in the beat the error
   * sits. Segment k covers samples [k * n / segments, (k + 1) * n / segments).
   *
   * @return row-major, {@code rows x segments}
   */
  public static float[] segmentMeanAbsoluteErrors(float[] reconstruction, float[] features, int rows, int width, int segments) {
    float[] errors = new float[rows * segments];
    for (int row = 0; row < rows; row++) {
      int base = row * width;
      for (int k = 0; k < segments; k++) {
        int from = k * width / segments;
        int to = (k + 1) * width / segments;
        double sum = 0;
        for (int i = from; i < to; i++) {
          sum += Math.abs(reconstruction[base + i] - features[base + i]);
        }
        errors[row * segments + k] = (float) (sum / (to - from));
      }
    }
    return errors;
  }
}
