package org.ecgautoencoder.inference;

import static org.ecgautoencoder.inference.FixedSigmoid.C1;
import static org.ecgautoencoder.inference.FixedSigmoid.C2;
import static org.ecgautoencoder.inference.FixedSigmoid.C3;
import static org.ecgautoencoder.inference.FixedSigmoid.C4;
import static org.ecgautoencoder.inference.FixedSigmoid.C5;
import static org.ecgautoencoder.inference.FixedSigmoid.C6;

import java.util.Arrays;
import org.ecgautoencoder.data.Normaliser;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ScoringKernel} with the JDK's Vector API ({@code jdk.incubator.vector}, enabled by
 * {@code --add-modules=jdk.incubator.vector}) on the CPU's widest float vector (8 or 16 lanes): the
 * normaliser's arithmetic in double lanes; {@link FixedSigmoid}'s operations in its order; the errors summed
 * into {@link ReconstructionErrors}' eight interleaved partial sums. So the bits are the scalar formulas'
 * on any vector width. Only loaded when the module is enabled ({@link ScoringKernels#fastest()}). Each call
 * site sees one vector species: the Vector API is only fast where its call sites see a single vector class.
 */
final class VectorScoringKernel implements ScoringKernel {
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  /** Doubles of the same bit size: half a float vector's lanes, so each float vector fills two. */
  private static final VectorSpecies<Double> DOUBLES =
      VectorSpecies.of(double.class, VectorShape.forBitSize(FLOATS.vectorBitSize()));
  private static final int FLOAT_LANES = FLOATS.length();
  private static final int DOUBLE_LANES = DOUBLES.length();
  /** Floats of half the bit size: as many lanes as {@link #DOUBLES}, for the normalisation's widening to double. */
  private static final VectorSpecies<Float> HALF_FLOATS =
      VectorSpecies.of(float.class, VectorShape.forBitSize(FLOATS.vectorBitSize() / 2));
  /** 16 float lanes (AVX-512): a whole vector's errors go to one 8-lane partial-sum vector, else to two 4-lane ones. */
  private static final boolean ONE_ACCUMULATOR = DOUBLE_LANES == ReconstructionErrors.PARTIAL_SUMS;

  /**
   * True when this CPU's vectors tile the row block and the partial sums evenly: 8 or 16 float lanes
   * (AVX2, AVX-512, 256-bit SVE). Narrower ones take the scalar kernel.
   */
  static boolean supported() {
    return (FLOAT_LANES == 8 || FLOAT_LANES == 16) && ROW_BLOCK % FLOAT_LANES == 0;
  }

  @Override
  public void normalise(Normaliser normaliser, float[] rowMajorSamples, int rows, float[] target, int stride) {
    int width = normaliser.beatLength();
    if (stride < width || rows * width > rowMajorSamples.length || rows * stride > target.length) {
      // The scalar method's message names the sizes.
      normaliser.applyIntoRows(rowMajorSamples, rows, target, stride);
      return;
    }
    double[] offset = normaliser.offset();
    double[] inverseScale = normaliser.inverseScale();
    int vectorEnd = DOUBLES.loopBound(width);
    for (int row = 0; row < rows; row++) {
      int source = row * width;
      int destination = row * stride;
      // (float) ((sample - offset) x inverse scale) in double, as the scalar formula, DOUBLE_LANES at a time.
      for (int i = 0; i < vectorEnd; i += DOUBLE_LANES) {
        DoubleVector samples = (DoubleVector) FloatVector.fromArray(HALF_FLOATS, rowMajorSamples, source + i)
            .convertShape(VectorOperators.F2D, DOUBLES, 0);
        DoubleVector scaled = samples.sub(DoubleVector.fromArray(DOUBLES, offset, i)).mul(DoubleVector.fromArray(DOUBLES, inverseScale, i));
        ((FloatVector) scaled.convertShape(VectorOperators.D2F, HALF_FLOATS, 0)).intoArray(target, destination + i);
      }
      for (int i = vectorEnd; i < width; i++) {
        target[destination + i] = (float) ((rowMajorSamples[source + i] - offset[i]) * inverseScale[i]);
      }
    }
  }

  @Override
  public double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width, int stride) {
    if (!supported() || stride % ROW_BLOCK != 0) {
      throw new IllegalStateException(
          "row stride " + stride + " and " + FLOAT_LANES + " float lanes do not fit the " + ROW_BLOCK + "-position row block");
    }
    float[] inBeat = new float[stride];
    Arrays.fill(inBeat, 0, width, 1f);
    double[] errors = new double[rows];
    double[] partial = new double[ReconstructionErrors.PARTIAL_SUMS];
    for (int row = 0; row < rows; row++) {
      int start = row * stride;
      // Position p + j goes to partial sum (p + j) % 8, p being a multiple of 8: with 16 float lanes both
      // halves of a vector are sums 0-7 (one accumulator, low half first); with 8, the low half is sums 0-3
      // and the high half sums 4-7.
      DoubleVector low = DoubleVector.zero(DOUBLES);
      DoubleVector high = DoubleVector.zero(DOUBLES);
      for (int p = 0; p < stride; p += FLOAT_LANES) {
        FloatVector reconstruction =
            sigmoid(FloatVector.fromArray(FLOATS, product, start + p).add(FloatVector.fromArray(FLOATS, bias, p)));
        reconstruction.intoArray(product, start + p);
        // |reconstruction - feature| x 1 inside the beat, x 0 in the padding: exact either way.
        FloatVector error =
            reconstruction.sub(FloatVector.fromArray(FLOATS, features, start + p)).abs()
                .mul(FloatVector.fromArray(FLOATS, inBeat, p));
        low = low.add((DoubleVector) error.convertShape(VectorOperators.F2D, DOUBLES, 0));
        DoubleVector upper = (DoubleVector) error.convertShape(VectorOperators.F2D, DOUBLES, 1);
        if (ONE_ACCUMULATOR) {
          low = low.add(upper);
        } else {
          high = high.add(upper);
        }
      }
      low.intoArray(partial, 0);
      if (!ONE_ACCUMULATOR) {
        high.intoArray(partial, DOUBLE_LANES);
      }
      errors[row] = ReconstructionErrors.combine(partial) / width;
    }
    return errors;
  }

  private static FloatVector sigmoid(FloatVector z) {
    FloatVector t = z.neg().mul(FixedSigmoid.LOG2_E).max(-FixedSigmoid.EXPONENT_LIMIT).min(FixedSigmoid.EXPONENT_LIMIT);
    FloatVector shifted = t.add(FixedSigmoid.ROUNDING_SHIFT);
    FloatVector fraction = t.sub(shifted.sub(FixedSigmoid.ROUNDING_SHIFT));
    FloatVector power =
        fraction.mul(C6).add(C5).mul(fraction).add(C4).mul(fraction).add(C3).mul(fraction).add(C2)
            .mul(fraction).add(C1).mul(fraction).add(1f);
    IntVector exponentBits =
        ((IntVector) shifted.reinterpretAsInts())
            .sub(FixedSigmoid.ROUNDING_SHIFT_BITS - FixedSigmoid.FLOAT_EXPONENT_BIAS)
            .lanewise(VectorOperators.LSHL, FixedSigmoid.FLOAT_MANTISSA_BITS);
    FloatVector exp = power.mul((FloatVector) exponentBits.reinterpretAsFloats());
    return FloatVector.broadcast(FLOATS, 1f).div(exp.add(1f));
  }

  @Override
  public String description() {
    return "vectorised (" + FLOAT_LANES + " float lanes)";
  }
}
