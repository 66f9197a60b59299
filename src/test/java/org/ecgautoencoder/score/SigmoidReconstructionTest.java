package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SigmoidReconstructionTest {
  private static final int WIDTH = 140;

  @Test
  void fixedSigmoidIsWithin2e7OfTheExactSigmoidEverywhere() {
    double worst = 0;
    for (double z = -120; z <= 120; z += 0.001) {
      float value = (float) z;
      double exact = 1 / (1 + Math.exp(-(double) value));
      worst = Math.max(worst, Math.abs(FixedSigmoid.of(value) - exact));
    }
    assertThat(worst).isLessThan(2e-7);
    assertThat(FixedSigmoid.of(0f)).isEqualTo(0.5f);
    assertThat(FixedSigmoid.of(-1000f)).isBetween(0f, 1e-37f);
    assertThat(FixedSigmoid.of(1000f)).isEqualTo(1f);
    assertThat(FixedSigmoid.of(Float.NEGATIVE_INFINITY)).isBetween(0f, 1e-37f);
    assertThat(FixedSigmoid.of(Float.POSITIVE_INFINITY)).isEqualTo(1f);
    assertThat(FixedSigmoid.of(Float.NaN)).isNaN();
  }

  @Test
  void theBuildRunsTheVectorisedKernel() {
    // The test JVMs get --add-modules=jdk.incubator.vector from conf/java17-spark.args, as the scripts' do.
    assertThat(SigmoidReconstructions.vectorModuleEnabled()).isTrue();
    assertThat(SigmoidReconstructions.fastest()).isInstanceOf(VectorSigmoidReconstruction.class);
  }

  @Test
  void vectorisedAndScalarKernelsGiveTheSameBits() {
    Random random = new Random(7);
    // Row counts below, at and past a vector's lanes, so the scalar tail runs too.
    for (int rows : new int[] {1, 7, 16, 37, 300}) {
      float[] product = new float[rows * WIDTH];
      float[] features = new float[rows * WIDTH];
      float[] bias = new float[WIDTH];
      for (int i = 0; i < product.length; i++) {
        // Mostly the range a trained network produces, some far into both tails.
        product[i] = (float) (random.nextInt(50) == 0 ? random.nextGaussian() * 100 : random.nextGaussian() * 4);
        features[i] = random.nextFloat();
      }
      for (int i = 0; i < WIDTH; i++) {
        bias[i] = (float) random.nextGaussian();
      }
      float[] scalarReconstruction = product.clone();
      float[] vectorReconstruction = product.clone();

      double[] scalar = new ScalarSigmoidReconstruction().reconstructAndMeasure(scalarReconstruction, bias, features, rows, WIDTH);
      double[] vector = new VectorSigmoidReconstruction().reconstructAndMeasure(vectorReconstruction, bias, features, rows, WIDTH);

      assertThat(vectorReconstruction).as("%d rows", rows).containsExactly(scalarReconstruction);
      assertThat(vector).as("%d rows", rows).containsExactly(scalar);
    }
  }

  @Test
  void reconstructionIsTheSigmoidOfProductPlusBiasAndErrorsAreTheSharedFormula() {
    Random random = new Random(11);
    int rows = 53;
    float[] product = new float[rows * WIDTH];
    float[] features = new float[rows * WIDTH];
    float[] bias = new float[WIDTH];
    for (int i = 0; i < product.length; i++) {
      product[i] = (float) (random.nextGaussian() * 3);
      features[i] = random.nextFloat();
    }
    for (int i = 0; i < WIDTH; i++) {
      bias[i] = (float) random.nextGaussian();
    }
    float[] reconstruction = product.clone();

    double[] errors = SigmoidReconstructions.fastest().reconstructAndMeasure(reconstruction, bias, features, rows, WIDTH);

    for (int i = 0; i < WIDTH; i++) {
      for (int row = 0; row < rows; row++) {
        double z = product[i * rows + row] + bias[i];
        assertThat((double) reconstruction[i * rows + row]).isCloseTo(1 / (1 + Math.exp(-z)), within(2e-7));
      }
    }
    assertThat(errors).containsExactly(ReconstructionErrors.meanAbsoluteError(reconstruction, features, rows, WIDTH));
  }
}
