package org.ecgautoencoder.inference;

import org.ecgautoencoder.data.Normaliser;

/**
 * The two loops of a scoring forward pass that run in Java over every sample of a batch, written for the
 * CPU's vector unit: normalising the batch, and finishing a sigmoid output layer fused with the error.
 *
 * <p>The fused output layer: from the output layer's product {@code input x W} it adds the bias, applies
 * the sigmoid, writes the reconstruction and sums each row's absolute errors, in one pass over the batch
 * instead of four (ND4J's bias add and sigmoid, a copy out, the error loop). ND4J's sigmoid calls the C
 * library's {@code expf} one value at a time, which cost more than all six matrix products of the network;
 * here {@code exp} is {@link FixedSigmoid}'s, made of plain float arithmetic, so a vectorised and a scalar
 * kernel give the same bits on any machine, and the error is {@link ReconstructionErrors}' formula, whose
 * summation order a vector unit can follow.
 *
 * <p>Arrays are row-major with a row stride padded to a multiple of {@link #ROW_BLOCK} positions (the
 * layout the batch arrives in, so no transposition is needed), the padding positions being left out of the
 * error by a 0/1 weight.
 */
interface ScoringKernel {
  /** Rows are padded to a multiple of this many positions: the widest float vector (AVX-512) needs no tail loop. */
  int ROW_BLOCK = 16;

  static int paddedWidth(int width) {
    return (width + ROW_BLOCK - 1) / ROW_BLOCK * ROW_BLOCK;
  }

  /**
   * Scales the first {@code rows} beats of a row-major batch into {@code target} at {@code stride} positions
   * per row, exactly as {@link Normaliser#applyIntoRows} does (same operations, same bits), padding untouched.
   */
  void normalise(Normaliser normaliser, float[] rowMajorSamples, int rows, float[] target, int stride);

  /**
   * @param product the output layer's {@code input x W}, {@code rows x stride}; overwritten with the reconstruction
   * @param bias the output layer's bias, {@code stride} values (zeros past {@code width})
   * @param features the normalised beats, {@code rows x stride}
   * @param width the beat's positions; positions from there to {@code stride} are padding
   * @param stride the row stride, a multiple of {@link #ROW_BLOCK}
   * @return each row's mean absolute error over its {@code width} positions
   */
  double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width, int stride);

  /** What runs it, for the log: "vectorised (16 float lanes)" or "scalar". */
  String description();
}
