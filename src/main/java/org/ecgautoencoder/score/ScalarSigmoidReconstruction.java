package org.ecgautoencoder.score;

/** {@link SigmoidReconstruction} in plain Java: where the Vector API module is not enabled. */
final class ScalarSigmoidReconstruction implements SigmoidReconstruction {
  @Override
  public double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width) {
    double[] sums = new double[rows];
    for (int i = 0; i < width; i++) {
      int column = i * rows;
      float positionBias = bias[i];
      for (int row = 0; row < rows; row++) {
        float reconstruction = FixedSigmoid.of(product[column + row] + positionBias);
        product[column + row] = reconstruction;
        sums[row] += Math.abs(reconstruction - features[column + row]);
      }
    }
    return ReconstructionErrors.divideBy(sums, width);
  }

  @Override
  public String description() {
    return "scalar";
  }
}
