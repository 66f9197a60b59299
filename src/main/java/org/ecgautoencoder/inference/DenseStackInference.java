package org.ecgautoencoder.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.network.AutoencoderOutputLayer;
import org.ecgautoencoder.network.DenseStep;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Inference for a stack of dense layers (the undercomplete and denoising types, and the dense chains of the
 * sparse, contractive and variational ones) with the same ND4J operations DL4J's {@code output()} runs, {@code activation(input x W + b)} per layer into column-major
 * results, but into buffers allocated once per task instead of per batch. The output is DL4J's to float32
 * rounding (bit for bit where OpenBLAS picks the same kernel; a test checks each layer against the exact
 * function) at about half the cost, which matters when the forward pass runs a million times a night.
 *
 * <p>{@link #withPaddedRows} gives the layout {@link ScoringKernel} finishes: beats in and out as
 * row-major rows padded to a stride, the padding meeting zero weights.
 */
final class DenseStackInference {
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final IActivation[] activations;
  private final int capacity;
  /** 'f' as DL4J computes; 'c' (rows of the beat) for the padded output. */
  private final char outputOrder;
  private final INDArray[] fullBatchOutputs;

  private DenseStackInference(INDArray[] weights, INDArray[] biases, IActivation[] activations, int capacity, char outputOrder) {
    this.weights = weights;
    this.biases = biases;
    this.activations = activations;
    this.capacity = capacity;
    this.outputOrder = outputOrder;
    this.fullBatchOutputs = new INDArray[weights.length];
  }

  /** @return null when the network is not a plain dense stack (then DL4J's own output() is used) */
  static DenseStackInference forNetwork(MultiLayerNetwork network, int capacity) {
    List<DenseStep> steps = steps(network);
    if (steps == null) {
      return null;
    }
    INDArray[] weights = new INDArray[steps.size()];
    INDArray[] biases = new INDArray[steps.size()];
    IActivation[] activations = new IActivation[steps.size()];
    for (int l = 0; l < steps.size(); l++) {
      weights[l] = steps.get(l).weights();
      biases[l] = steps.get(l).bias();
      activations[l] = steps.get(l).activation();
    }
    return new DenseStackInference(weights, biases, activations, capacity, 'f');
  }

  /**
   * The network as dense steps: DL4J's dense and output layers one step each, a SameDiff autoencoder layer the
   * dense chain its reconstruction is (the sparse type's decoder; the contractive type's encoder and decoder;
   * the variational type's encoder, code mean and decoder). Null when some layer is none of these: the
   * convolutional type, the variational log-probability score, input preprocessors.
   */
  static List<DenseStep> steps(MultiLayerNetwork network) {
    Map<Integer, ?> preProcessors = network.getLayerWiseConfigurations().getInputPreProcessors();
    if (preProcessors != null && !preProcessors.isEmpty()) {
      return null;
    }
    List<DenseStep> steps = new ArrayList<>();
    for (int l = 0; l < network.getnLayers(); l++) {
      Layer layer = network.getLayer(l);
      Map<String, INDArray> params = layer.paramTable();
      boolean dense =
          layer instanceof org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer
              || layer.getClass() == org.deeplearning4j.nn.layers.OutputLayer.class;
      if (dense && params.size() == 2 && params.containsKey("W") && params.containsKey("b")) {
        steps.add(new DenseStep(layer.getParam("W"), layer.getParam("b"), ((BaseLayer) layer.conf().getLayer()).getActivationFn()));
      } else if (layer.conf().getLayer() instanceof AutoencoderOutputLayer autoencoder) {
        List<DenseStep> path = autoencoder.inferenceSteps(params);
        if (path.isEmpty()) {
          return null;
        }
        steps.addAll(path);
      } else {
        return null;
      }
    }
    return steps;
  }

  /**
   * The same network for inputs and outputs that are row-major rows of {@code stride} positions, the beat
   * first and padding after: the first layer's weights get zero rows for the padding (a padding input adds
   * nothing), the output layer's weights and bias zero columns, and its result is row-major.
   */
  DenseStackInference withPaddedRows(int stride) {
    int last = weights.length - 1;
    INDArray[] padded = weights.clone();
    INDArray[] paddedBiases = biases.clone();
    padded[0] = zeroPadded(weights[0], stride, weights[0].size(1));
    padded[last] = zeroPadded(weights[last], weights[last].size(0), stride);
    paddedBiases[last] = zeroPadded(biases[last].reshape(1, biases[last].length()), 1, stride);
    return new DenseStackInference(padded, paddedBiases, activations, capacity, 'c');
  }

  private static INDArray zeroPadded(INDArray matrix, long rows, long columns) {
    INDArray padded = Nd4j.zeros(DataType.FLOAT, rows, columns).dup(matrix.ordering());
    padded.get(NDArrayIndex.interval(0, matrix.size(0)), NDArrayIndex.interval(0, matrix.size(1))).assign(matrix);
    return padded;
  }

  /**
   * @param features normalised beats, one per row
   * @return every layer's activations, the last being the reconstruction
   */
  INDArray[] activations(INDArray features) {
    return forward(features, true);
  }

  /**
   * As {@link #activations}, but the last entry is the output layer's bare product {@code input x W}, without
   * its bias and activation, for {@link ScoringKernel} to finish.
   */
  INDArray[] activationsUpToOutputProduct(INDArray features) {
    return forward(features, false);
  }

  /** True when the output layer's activation is the sigmoid (the product's default, the tutorial's choice). */
  boolean hasSigmoidOutput() {
    return activations[activations.length - 1] instanceof ActivationSigmoid;
  }

  float[] outputBias() {
    return biases[biases.length - 1].toFloatVector();
  }

  private INDArray[] forward(INDArray features, boolean finishOutputLayer) {
    int rows = (int) features.size(0);
    INDArray[] outputs = new INDArray[weights.length];
    INDArray input = features;
    for (int l = 0; l < weights.length; l++) {
      INDArray output = outputBuffer(l, rows);
      Nd4j.gemm(input, weights[l], output, false, false, 1.0, 0.0);
      if (finishOutputLayer || l < weights.length - 1) {
        output.addiRowVector(biases[l]);
        activations[l].getActivation(output, false);
      }
      outputs[l] = output;
      input = output;
    }
    return outputs;
  }

  private INDArray outputBuffer(int layer, int rows) {
    long width = weights[layer].size(1);
    char order = layer == weights.length - 1 ? outputOrder : 'f';
    if (rows != capacity) {
      return Nd4j.create(DataType.FLOAT, new long[] {rows, width}, order);
    }
    if (fullBatchOutputs[layer] == null) {
      fullBatchOutputs[layer] = Nd4j.create(DataType.FLOAT, new long[] {rows, width}, order);
    }
    return fullBatchOutputs[layer];
  }
}
