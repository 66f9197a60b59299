package org.ecgautoencoder.inference;

import org.ecgautoencoder.data.Normaliser;

/** {@link ScoringKernel} in plain Java: where the Vector API module is not enabled. */
final class ScalarScoringKernel implements ScoringKernel {
  @Override
  public void normalise(Normaliser normaliser, float[] rowMajorSamples, int rows, float[] target, int stride) {
    normaliser.applyIntoRows(rowMajorSamples, rows, target, stride);
  }

  @Override
  public double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width, int stride) {
    for (int row = 0; row < rows; row++) {
      int start = row * stride;
      for (int p = 0; p < stride; p++) {
        product[start + p] = FixedSigmoid.of(product[start + p] + bias[p]);
      }
    }
    return ReconstructionErrors.meanAbsoluteErrors(product, features, rows, width, stride);
  }

  @Override
  public String description() {
    return "scalar";
  }
}
