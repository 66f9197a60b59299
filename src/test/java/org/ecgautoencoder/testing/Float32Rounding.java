package org.ecgautoencoder.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Checks a float32 dense layer {@code y = act(x W + b)} against the exact function of the layer's own input,
 * with the bound float32 rounding allows whatever order the matrix product sums in (OpenBLAS picks its
 * kernels per CPU, AVX2 or AVX-512, and per matrix layout, so two libraries, or one library on two CPUs,
 * may round differently). For a dot product of n terms summed in any order,
 * {@code |fl(x.w) - x.w| <= gamma_n sum |x_i||w_i|} with {@code gamma_n = n u / (1 - n u)} and
 * {@code u = 2^-24} (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., section 3.1); the bias
 * add rounds once more ({@code u |z|}); the activation passes that on scaled by its Lipschitz constant (relu,
 * tanh, identity 1; sigmoid 1/4) and may round its own result by a few units in the last place
 * ({@code 4 u |y|}). The exact value is computed in double from the same float32 input and parameters.
 * Checked layer by layer, on each implementation's own activations, the bound stays near 1e-5 of the values
 * (a wrong weight, bias or activation is off by far more), where a bound propagated through the whole stack
 * would grow with every layer's |W| until it proved nothing.
 */
public final class Float32Rounding {
  /** The unit roundoff of float32. */
  public static final double UNIT_ROUNDOFF = Math.scalb(1.0, -24);
  private static final double ACTIVATION_ULPS = 4;
  /** A bound looser than this, relative to max(1, |y|), would let real errors through: the check fails. */
  private static final double MEANINGFUL_BOUND = 2e-4;

  private Float32Rounding() {}

  /**
   * Asserts {@code |y - act(x W + b)| <= bound + extraTolerance} element by element.
   *
   * @param x the layer's input as this implementation computed it, rows x n
   * @param y its output, rows x m (only the first m columns of y are compared when y is wider: padding)
   * @param extraTolerance a documented approximation beyond rounding (e.g. a sigmoid approximation's), or 0
   */
  public static void assertLayer(
      String what, INDArray x, INDArray w, INDArray b, IActivation activation, INDArray y, double extraTolerance) {
    INDArray x64 = x.castTo(DataType.DOUBLE);
    INDArray w64 = w.castTo(DataType.DOUBLE);
    long n = w.size(0);
    double gamma = n * UNIT_ROUNDOFF / (1 - n * UNIT_ROUNDOFF);
    INDArray z = x64.mmul(w64).addiRowVector(b.castTo(DataType.DOUBLE).reshape(1, w.size(1)));
    INDArray exact = exactActivation(activation, z);
    INDArray bound =
        Transforms.abs(x64, true).mmul(Transforms.abs(w64, true)).muli(gamma)
            .addi(Transforms.abs(z, true).muli(UNIT_ROUNDOFF))
            .muli(lipschitz(activation))
            .addi(Transforms.abs(exact, true).muli(ACTIVATION_ULPS * UNIT_ROUNDOFF));
    int rows = (int) exact.size(0);
    int width = (int) exact.size(1);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < width; c++) {
        double expected = exact.getDouble(r, c);
        double allowed = bound.getDouble(r, c);
        assertThat(allowed).as("%s: bound at (%d, %d)", what, r, c).isLessThan(MEANINGFUL_BOUND * Math.max(1, Math.abs(expected)));
        assertThat(y.getDouble(r, c)).as("%s at (%d, %d)", what, r, c).isCloseTo(expected, within(allowed + extraTolerance));
      }
    }
  }

  private static INDArray exactActivation(IActivation activation, INDArray z) {
    if (activation instanceof ActivationSigmoid) {
      return Transforms.exp(z.neg(), false).addi(1).rdivi(1);
    }
    if (activation instanceof ActivationReLU) {
      return Transforms.max(z, 0, true);
    }
    if (activation instanceof ActivationTanH) {
      return Transforms.tanh(z, true);
    }
    if (activation instanceof ActivationIdentity) {
      return z.dup();
    }
    throw new IllegalArgumentException("no exact form known for " + activation);
  }

  private static double lipschitz(IActivation activation) {
    return activation instanceof ActivationSigmoid ? 0.25 : 1;
  }
}
