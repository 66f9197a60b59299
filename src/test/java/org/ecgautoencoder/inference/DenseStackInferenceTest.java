package org.ecgautoencoder.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.network.AutoencoderFactory;
import org.ecgautoencoder.testing.Float32Rounding;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.nd4j.linalg.activations.IActivation;
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

  /**
   * The same ND4J operations as DL4J's output(), but not always the same BLAS kernel (OpenBLAS picks one per
   * CPU and matrix layout), so both are checked layer by layer against the exact function of their own
   * inputs, within float32 rounding ({@link Float32Rounding}); on AMD EPYC they agree bit for bit, on an
   * AVX-512 Xeon in the 7th-8th digit.
   */
  @Test
  void everyLayerIsTheDenseLayerToFloat32RoundingAsInDl4j() {
    MultiLayerNetwork network = network();
    for (int rows : new int[] {1, 37, 512}) {
      Nd4j.getRandom().setSeed(rows);
      INDArray features = Nd4j.rand(DataType.FLOAT, rows, 140);
      DenseStackInference dense = DenseStackInference.forNetwork(network, 512);
      assertThat(dense).isNotNull();

      assertLayers("fast path, " + rows + " rows", network, features, dense.activations(features));
      assertLayers("DL4J, " + rows + " rows", network, features, network.feedForward(features, false).subList(1, 7).toArray(INDArray[]::new));
    }
  }

  @Test
  void otherActivationsAreHonouredToo() {
    MultiLayerNetwork network = network("model.hidden-activation=tanh", "model.output-activation=identity");
    INDArray features = Nd4j.rand(DataType.FLOAT, 64, 140);
    assertLayers("tanh/identity", network, features, DenseStackInference.forNetwork(network, 64).activations(features));
  }

  /** Each layer's activations against the exact layer applied to the previous layer's (the input's for the first). */
  private static void assertLayers(String what, MultiLayerNetwork network, INDArray features, INDArray[] layers) {
    assertThat(layers).as(what + ": one activation per layer").hasSize(network.getnLayers());
    for (int l = 0; l < layers.length; l++) {
      Float32Rounding.assertLayer(
          what + ", layer " + l, l == 0 ? features : layers[l - 1], network.getLayer(l).getParam("W"),
          network.getLayer(l).getParam("b"), activation(network, l), layers[l], 0);
    }
  }

  private static IActivation activation(MultiLayerNetwork network, int layer) {
    return ((BaseLayer) network.getLayer(layer).conf().getLayer()).getActivationFn();
  }

  @Test
  void thePaddedRowsWithTheFusedSigmoidOutputAreTheDenseStackWithin2e7() {
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

    INDArray[] finished = layers.clone();
    finished[5] = Nd4j.create(reconstruction, new long[] {rows, stride}, 'c');
    // FixedSigmoid is within 2e-7 of the exact sigmoid; the rest is float32 rounding.
    for (int l = 0; l < 6; l++) {
      Float32Rounding.assertLayer(
          "padded, layer " + l, l == 0 ? features : finished[l - 1], network.getLayer(l).getParam("W"),
          network.getLayer(l).getParam("b"), activation(network, l), finished[l], l == 5 ? 2e-7 : 0);
    }
    double[] kernelFormula =
        ReconstructionErrors.meanAbsoluteError(finished[5].get(NDArrayIndex.all(), NDArrayIndex.interval(0, 140)), features);
    assertThat(errors).as("the fused errors are the error formula over the fused reconstruction").containsExactly(kernelFormula);
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
