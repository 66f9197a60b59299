package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.model.AutoencoderFactory;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

class DenseStackInferenceTest {
  private static MultiLayerNetwork network(String... overrides) {
    EcgConfig config = TestConfigs.reference(overrides);
    return AutoencoderFactory.network(config.model(), config.train(), 140);
  }

  @Test
  void reconstructionAndLatentCodeAreBitForBitThoseOfDl4j() {
    MultiLayerNetwork network = network();
    for (int rows : new int[] {1, 37, 512}) {
      Nd4j.getRandom().setSeed(rows);
      INDArray features = Nd4j.rand(DataType.FLOAT, rows, 140);
      DenseStackInference dense = DenseStackInference.forNetwork(network, 512);
      assertThat(dense).isNotNull();

      INDArray[] layers = dense.activations(features);
      List<INDArray> dl4j = network.feedForward(features, false);

      assertThat(Matrices.rowMajor(layers[layers.length - 1])).isEqualTo(Matrices.rowMajor(network.output(features, false)));
      assertThat(Matrices.rowMajor(layers[2])).isEqualTo(Matrices.rowMajor(dl4j.get(3)));
    }
  }

  @Test
  void otherActivationsAreHonouredToo() {
    MultiLayerNetwork network = network("model.hidden-activation=tanh", "model.output-activation=identity");
    INDArray features = Nd4j.rand(DataType.FLOAT, 64, 140);
    INDArray[] layers = DenseStackInference.forNetwork(network, 64).activations(features);
    assertThat(Matrices.rowMajor(layers[layers.length - 1])).isEqualTo(Matrices.rowMajor(network.output(features, false)));
  }

  @Test
  void thePaddedRowsWithTheFusedSigmoidOutputGiveDl4jsReconstructionWithin2e7() {
    MultiLayerNetwork network = network();
    int rows = 300;
    int stride = ScoringKernel.paddedWidth(140);
    INDArray features = Nd4j.rand(DataType.FLOAT, rows, 140);
    DenseStackInference dense = DenseStackInference.forNetwork(network, rows);
    assertThat(dense.hasSigmoidOutput()).isTrue();
    assertThat(stride).isEqualTo(144);
    // The beats with 4 padding positions per row, which must change nothing.
    INDArray padded = Nd4j.zeros(DataType.FLOAT, rows, stride);
    padded.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 140)).assign(features);
    padded.get(NDArrayIndex.all(), NDArrayIndex.interval(140, stride)).assign(1000);
    float[] normalised = Matrices.rowMajor(padded);
    DenseStackInference paddedStack = dense.withPaddedRows(stride);
    INDArray[] layers = paddedStack.activationsUpToOutputProduct(padded);
    float[] reconstruction = Matrices.rowMajor(layers[5]);

    double[] errors =
        ScoringKernels.fastest().reconstructAndMeasure(reconstruction, paddedStack.outputBias(), normalised, rows, 140, stride);

    float[] dl4j = Matrices.rowMajor(network.output(features, false));
    for (int row = 0; row < rows; row++) {
      for (int p = 0; p < 140; p++) {
        assertThat(reconstruction[row * stride + p]).isCloseTo(dl4j[row * 140 + p], within(2e-7f));
      }
    }
    double[] dl4jErrors = ReconstructionErrors.meanAbsoluteError(network.output(features, false), features);
    for (int row = 0; row < rows; row++) {
      assertThat(errors[row]).isCloseTo(dl4jErrors[row], within(2e-7));
    }
    assertThat(Matrices.rowMajor(layers[2])).as("the code, to float precision")
        .containsExactly(Matrices.rowMajor(network.feedForward(features, false).get(3)), within(1e-5f));
    assertThat(DenseStackInference.forNetwork(network("model.output-activation=identity"), 8).hasSigmoidOutput()).isFalse();
  }

  @Test
  void errorsMatchTheNd4jFormulaToFloatPrecision() {
    MultiLayerNetwork network = network();
    INDArray features = Nd4j.rand(DataType.FLOAT, 300, 140);
    INDArray reconstruction = network.output(features, false);
    double[] expected = Transforms.abs(reconstruction.sub(features), false).mean(1).toDoubleVector();

    double[] errors = ReconstructionErrors.meanAbsoluteError(reconstruction, features);

    for (int row = 0; row < expected.length; row++) {
      // ND4J sums in float32, this formula in double: they agree to float precision (relative 1e-6).
      assertThat(errors[row]).isCloseTo(expected[row], within(1e-6 * expected[row]));
    }
  }
}
