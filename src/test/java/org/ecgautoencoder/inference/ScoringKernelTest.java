package org.ecgautoencoder.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ecgautoencoder.config.NormalisationMethod;
import org.ecgautoencoder.data.Normaliser;
import org.junit.jupiter.api.Test;

class ScoringKernelTest {
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
    assertThat(ScoringKernels.vectorModuleEnabled()).isTrue();
    assertThat(ScoringKernels.fastest()).isInstanceOf(VectorScoringKernel.class);
  }

  @Test
  void vectorisedAndScalarKernelsGiveTheSameBits() {
    Random random = new Random(7);
    // Beats narrower than, as wide as and wider than a row block, padded to it.
    for (int width : new int[] {5, 16, 140}) {
      int stride = ScoringKernel.paddedWidth(width);
      for (int rows : new int[] {1, 37}) {
        float[] product = new float[rows * stride];
        float[] features = new float[rows * stride];
        float[] bias = new float[stride];
        for (int row = 0; row < rows; row++) {
          for (int p = 0; p < width; p++) {
            // Mostly the range a trained network produces, some far into both tails.
            product[row * stride + p] =
                (float) (random.nextInt(50) == 0 ? random.nextGaussian() * 100 : random.nextGaussian() * 4);
            features[row * stride + p] = random.nextFloat();
          }
        }
        for (int p = 0; p < width; p++) {
          bias[p] = (float) random.nextGaussian();
        }
        float[] scalarReconstruction = product.clone();
        float[] vectorReconstruction = product.clone();

        double[] scalar = new ScalarScoringKernel().reconstructAndMeasure(scalarReconstruction, bias, features, rows, width, stride);
        double[] vector = new VectorScoringKernel().reconstructAndMeasure(vectorReconstruction, bias, features, rows, width, stride);

        assertThat(vectorReconstruction).as("width %d, %d rows", width, rows).containsExactly(scalarReconstruction);
        assertThat(vector).as("width %d, %d rows", width, rows).containsExactly(scalar);
      }
    }
  }

  @Test
  void vectorisedNormalisationIsTheNormalisersBitForBit() {
    Random random = new Random(5);
    for (int width : new int[] {3, 8, 140}) {
      double[] offset = new double[width];
      double[] scale = new double[width];
      for (int i = 0; i < width; i++) {
        offset[i] = random.nextGaussian();
        scale[i] = 0.1 + random.nextDouble() * 3;
      }
      Normaliser normaliser = new Normaliser(NormalisationMethod.Z_SCORE, offset, scale);
      int rows = 21;
      int stride = ScoringKernel.paddedWidth(width);
      float[] samples = new float[rows * width];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = (float) (random.nextGaussian() * 50);
      }
      float[] expected = new float[rows * stride];
      float[] actual = new float[rows * stride];

      normaliser.applyIntoRows(samples, rows, expected, stride);
      new VectorScoringKernel().normalise(normaliser, samples, rows, actual, stride);

      assertThat(actual).as("width %d", width).containsExactly(expected);
    }
  }

  @Test
  void reconstructionIsTheSigmoidOfProductPlusBiasAndErrorsTheSharedFormulaOverTheBeatOnly() {
    Random random = new Random(11);
    int rows = 53;
    int stride = ScoringKernel.paddedWidth(WIDTH);
    float[] product = new float[rows * stride];
    float[] features = new float[rows * stride];
    float[] bias = new float[stride];
    for (int i = 0; i < product.length; i++) {
      // The padding too holds values here: it must not count.
      product[i] = (float) (random.nextGaussian() * 3);
      features[i] = random.nextFloat();
    }
    for (int p = 0; p < WIDTH; p++) {
      bias[p] = (float) random.nextGaussian();
    }
    float[] reconstruction = product.clone();

    double[] errors = ScoringKernels.fastest().reconstructAndMeasure(reconstruction, bias, features, rows, WIDTH, stride);

    for (int row = 0; row < rows; row++) {
      double sum = 0;
      for (int p = 0; p < WIDTH; p++) {
        double z = product[row * stride + p] + bias[p];
        double exact = 1 / (1 + Math.exp(-z));
        assertThat((double) reconstruction[row * stride + p]).isCloseTo(exact, within(2e-7));
        sum += Math.abs(reconstruction[row * stride + p] - features[row * stride + p]);
      }
      assertThat(errors[row]).isCloseTo(sum / WIDTH, within(1e-15));
    }
    assertThat(errors).containsExactly(ReconstructionErrors.meanAbsoluteErrors(reconstruction, features, rows, WIDTH, stride));
  }
}
