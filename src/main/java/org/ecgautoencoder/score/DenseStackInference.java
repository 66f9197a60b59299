package org.ecgautoencoder.score;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inference for a stack of dense layers (the product's undercomplete autoencoder) with the same ND4J
 * operations DL4J's {@code output()} runs, {@code activation(input x W + b)} per layer into column-major
 * results, but into buffers allocated once per task instead of per batch. The output is bit for bit DL4J's
 * (a test checks it) at about half the cost, which matters when the forward pass runs a million times a night.
 */
final class DenseStackInference {
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final IActivation[] activations;
  private final int capacity;
  private final INDArray[] fullBatchOutputs;

  private DenseStackInference(MultiLayerNetwork network, int capacity) {
    int layers = network.getnLayers();
    this.weights = new INDArray[layers];
    this.biases = new INDArray[layers];
    this.activations = new IActivation[layers];
    this.capacity = capacity;
    this.fullBatchOutputs = new INDArray[layers];
    for (int l = 0; l < layers; l++) {
      Layer layer = network.getLayer(l);
      weights[l] = layer.getParam("W");
      biases[l] = layer.getParam("b");
      activations[l] = ((BaseLayer) layer.conf().getLayer()).getActivationFn();
    }
  }

  /** @return null when the network is not a plain dense stack (then DL4J's own output() is used) */
  static DenseStackInference forNetwork(MultiLayerNetwork network, int capacity) {
    Map<Integer, ?> preProcessors = network.getLayerWiseConfigurations().getInputPreProcessors();
    if (preProcessors != null && !preProcessors.isEmpty()) {
      return null;
    }
    for (int l = 0; l < network.getnLayers(); l++) {
      Layer layer = network.getLayer(l);
      boolean dense =
          layer instanceof org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer
              || layer.getClass() == org.deeplearning4j.nn.layers.OutputLayer.class;
      Map<String, INDArray> params = layer.paramTable();
      if (!dense || params.size() != 2 || !params.containsKey("W") || !params.containsKey("b")) {
        return null;
      }
    }
    return new DenseStackInference(network, capacity);
  }

  /**
   * @param features normalised beats, one per row
   * @return every layer's activations, the last being the reconstruction (column-major arrays)
   */
  INDArray[] activations(INDArray features) {
    return forward(features, true);
  }

  /**
   * As {@link #activations}, but the last entry is the output layer's bare product {@code input x W}, without
   * its bias and activation, for {@link SigmoidReconstruction} to finish.
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
    if (rows != capacity) {
      return Nd4j.create(DataType.FLOAT, new long[] {rows, width}, 'f');
    }
    if (fullBatchOutputs[layer] == null) {
      fullBatchOutputs[layer] = Nd4j.create(DataType.FLOAT, new long[] {rows, width}, 'f');
    }
    return fullBatchOutputs[layer];
  }
}
