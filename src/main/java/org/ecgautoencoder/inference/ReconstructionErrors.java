package org.ecgautoencoder.inference;

import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-row reconstruction error: the mean absolute error over a beat's samples, as Keras' {@code mae}
 * computes it. One formula for every path (threshold at training, evaluate, score): float differences,
 * summed in double into {@link #PARTIAL_SUMS} interleaved partial sums (position p into sum p % 8, in
 * order), combined by {@link #combine}. That order is the one a vector unit sums a row in, so the
 * vectorised scoring kernel ({@link VectorScoringKernel}) gives exactly these bits; in value it
 * differs from a plain left-to-right sum in the 16th digit.
 */
public final class ReconstructionErrors {
  static final int PARTIAL_SUMS = 8;

  private ReconstructionErrors() {}

  /** @param features normalised beats, one per row */
  public static double[] meanAbsoluteError(MultiLayerNetwork network, INDArray features) {
    return meanAbsoluteError(network.output(features, false), features);
  }

  public static double[] meanAbsoluteError(INDArray reconstruction, INDArray features) {
    int rows = (int) features.size(0);
    int width = (int) features.size(1);
    return meanAbsoluteErrors(Matrices.rowMajor(reconstruction), Matrices.rowMajor(features), rows, width, width);
  }

  /**
   * Both arrays row-major, {@code rows x stride}; each row's first {@code width} positions are the beat
   * (the rest, if any, is padding and ignored).
   */
  static double[] meanAbsoluteErrors(float[] reconstruction, float[] features, int rows, int width, int stride) {
    double[] errors = new double[rows];
    double[] partial = new double[PARTIAL_SUMS];
    for (int row = 0; row < rows; row++) {
      Arrays.fill(partial, 0);
      int start = row * stride;
      for (int p = 0; p < width; p++) {
        partial[p % PARTIAL_SUMS] += Math.abs(reconstruction[start + p] - features[start + p]);
      }
      errors[row] = combine(partial) / width;
    }
    return errors;
  }

  /** The partial sums' total, pairwise in a fixed tree: sums j and j + 4, then j and j + 2, then the two left. */
  static double combine(double[] partial) {
    double s0 = partial[0] + partial[4];
    double s1 = partial[1] + partial[5];
    double s2 = partial[2] + partial[6];
    double s3 = partial[3] + partial[7];
    return (s0 + s2) + (s1 + s3);
  }

  /**
   * Mean absolute error of each of {@code segments} equal parts of every row: where in the beat the error
   * sits. Segment k covers samples [k * width / segments, (k + 1) * width / segments), summed in order in
   * double. Row-major arrays as in {@link #meanAbsoluteErrors}.
   *
   * @return row-major, {@code rows x segments}
   */
  static float[] segmentMeanAbsoluteErrors(
      float[] reconstruction, float[] features, int rows, int width, int stride, int segments) {
    float[] errors = new float[rows * segments];
    for (int row = 0; row < rows; row++) {
      int start = row * stride;
      for (int k = 0; k < segments; k++) {
        int from = k * width / segments;
        int to = (k + 1) * width / segments;
        double sum = 0;
        for (int p = from; p < to; p++) {
          sum += Math.abs(reconstruction[start + p] - features[start + p]);
        }
        errors[row * segments + k] = (float) (sum / (to - from));
      }
    }
    return errors;
  }
}
