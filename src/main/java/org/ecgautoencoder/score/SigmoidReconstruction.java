package org.ecgautoencoder.score;

/**
 * The output layer's epilogue for sigmoid-output networks, fused with the error: from the output layer's
 * product {@code input x W} it adds the bias, applies the sigmoid, writes the reconstruction and sums each
 * row's absolute errors, in one pass over the batch instead of four (ND4J's bias add and sigmoid, a copy
 * out, the error loop). ND4J's sigmoid calls the C library's {@code expf} one value at a time, which cost
 * more than all six matrix products of the network; here {@code exp} is {@link FixedSigmoid}'s, made of
 * plain float arithmetic, so a vectorised and a scalar kernel give the same bits on any machine.
 *
 * <p>Arrays are column-major ({@code [i * rows + row]}), the layout DL4J's dense layers compute in, so the
 * error sums run in the order of {@link ReconstructionErrors}: per row, positions in order, float
 * differences summed in double.
 */
interface SigmoidReconstruction {
  /**
   * @param product the output layer's {@code input x W}, {@code rows x width}; overwritten with the reconstruction
   * @param bias the output layer's bias, {@code width} values
   * @param features the normalised beats the reconstruction is compared with
   * @return each row's mean absolute error
   */
  double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width);

  /** What runs it, for the log: "vectorised (16 float lanes)" or "scalar". */
  String description();
}
