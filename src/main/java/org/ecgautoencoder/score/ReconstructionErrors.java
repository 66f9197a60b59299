package org.ecgautoencoder.score;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-row reconstruction error: the mean absolute error over a beat's samples, as Keras' {@code mae}
 * computes it. One formula for every path (threshold at training, evaluate, score): float differences,
 * summed in double.
 */
public final class ReconstructionErrors {
  private ReconstructionErrors() {}

  /** @param features normalised beats, one per row */
  public static double[] meanAbsoluteError(MultiLayerNetwork network, INDArray features) {
    return meanAbsoluteError(network.output(features, false), features);
  }

  public static double[] meanAbsoluteError(INDArray reconstruction, INDArray features) {
    int rows = (int) features.size(0);
    int width = (int) features.size(1);
    return meanAbsoluteError(Matrices.columnMajor(reconstruction), Matrices.columnMajor(features), rows, width);
  }

  /**
   * Both arrays {@code rows x width}, column-major ({@code [i * rows + row]}), the layout the network
   * computes in: the loop then reads both arrays in order.
   */
  static double[] meanAbsoluteError(float[] reconstruction, float[] features, int rows, int width) {
    double[] sums = new double[rows];
    for (int i = 0; i < width; i++) {
      int column = i * rows;
      for (int row = 0; row < rows; row++) {
        sums[row] += Math.abs(reconstruction[column + row] - features[column + row]);
      }
    }
    return divideBy(sums, width);
  }

  /** Turns each row's sum of absolute errors into their mean over the row's {@code width} positions, in place. */
  static double[] divideBy(double[] sums, int width) {
    for (int row = 0; row < sums.length; row++) {
      sums[row] /= width;
    }
    return sums;
  }

  /**
   * Mean absolute error of each of {@code segments} equal parts of every row: where in the beat the error
   * sits. Segment k covers samples [k * width / segments, (k + 1) * width / segments). Column-major arrays.
   *
   * @return row-major, {@code rows x segments}
   */
  static float[] segmentMeanAbsoluteErrors(float[] reconstruction, float[] features, int rows, int width, int segments) {
    float[] errors = new float[rows * segments];
    for (int row = 0; row < rows; row++) {
      for (int k = 0; k < segments; k++) {
        int from = k * width / segments;
        int to = (k + 1) * width / segments;
        double sum = 0;
        for (int i = from; i < to; i++) {
          sum += Math.abs(reconstruction[i * rows + row] - features[i * rows + row]);
        }
        errors[row * segments + k] = (float) (sum / (to - from));
      }
    }
    return errors;
  }
}
