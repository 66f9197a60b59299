package org.ecgautoencoder.score;

import static org.ecgautoencoder.score.FixedSigmoid.C1;
import static org.ecgautoencoder.score.FixedSigmoid.C2;
import static org.ecgautoencoder.score.FixedSigmoid.C3;
import static org.ecgautoencoder.score.FixedSigmoid.C4;
import static org.ecgautoencoder.score.FixedSigmoid.C5;
import static org.ecgautoencoder.score.FixedSigmoid.C6;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SigmoidReconstruction} with the JDK's Vector API ({@code jdk.incubator.vector}, enabled by
 * {@code --add-modules=jdk.incubator.vector}): {@link FixedSigmoid}'s operations, in its order, on as many
 * rows at once as the CPU's widest float vector holds; rows left over take the scalar formula. Only loaded
 * when the module is enabled ({@link SigmoidReconstructions#fastest()}).
 */
final class VectorSigmoidReconstruction implements SigmoidReconstruction {
  private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
  /** Half as many doubles as floats: each float vector's errors are summed into two double vectors. */
  private static final VectorSpecies<Double> DOUBLES =
      VectorSpecies.of(double.class, jdk.incubator.vector.VectorShape.forBitSize(FLOATS.vectorBitSize()));

  @Override
  public double[] reconstructAndMeasure(float[] product, float[] bias, float[] features, int rows, int width) {
    double[] sums = new double[rows];
    int lanes = FLOATS.length();
    int vectorRows = FLOATS.loopBound(rows);
    for (int i = 0; i < width; i++) {
      int column = i * rows;
      float positionBias = bias[i];
      for (int row = 0; row < vectorRows; row += lanes) {
        FloatVector reconstruction = sigmoid(FloatVector.fromArray(FLOATS, product, column + row).add(positionBias));
        reconstruction.intoArray(product, column + row);
        FloatVector error = reconstruction.sub(FloatVector.fromArray(FLOATS, features, column + row)).abs();
        addInto(sums, row, error);
      }
      for (int row = vectorRows; row < rows; row++) {
        float reconstruction = FixedSigmoid.of(product[column + row] + positionBias);
        product[column + row] = reconstruction;
        sums[row] += Math.abs(reconstruction - features[column + row]);
      }
    }
    return ReconstructionErrors.divideBy(sums, width);
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

  /** Adds a float vector's lanes, widened to double, to {@code sums[row ..]}. */
  private static void addInto(double[] sums, int row, FloatVector errors) {
    int half = DOUBLES.length();
    DoubleVector low = (DoubleVector) errors.convertShape(VectorOperators.F2D, DOUBLES, 0);
    DoubleVector high = (DoubleVector) errors.convertShape(VectorOperators.F2D, DOUBLES, 1);
    DoubleVector.fromArray(DOUBLES, sums, row).add(low).intoArray(sums, row);
    DoubleVector.fromArray(DOUBLES, sums, row + half).add(high).intoArray(sums, row + half);
  }

  @Override
  public String description() {
    return "vectorised (" + FLOATS.length() + " float lanes)";
  }
}
