package org.ecgautoencoder.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A stack of dense layers inside a SameDiff graph: declares its parameters ({@code PREFIXW0, PREFIXb0,
 * ...}), initialises them like DL4J's dense layers (weights by the configured scheme, biases zero) and
 * builds the forward pass. The SameDiff model types assemble their encoders and decoders from these.
 * Parameter names have no underscore: DL4J's updater splits gradient keys ("1_decW0") at underscores.
 *
 * @param sizes layer widths, the input first
 * @param activations one per layer after the input
 */
record SameDiffDenseStack(String prefix, List<Integer> sizes, List<SameDiffActivation> activations) {

  /** Every layer but the last with {@code hidden}, the last with {@code last}. */
  static SameDiffDenseStack of(String prefix, List<Integer> sizes, SameDiffActivation hidden, SameDiffActivation last) {
    List<SameDiffActivation> activations = new ArrayList<>();
    for (int l = 0; l < sizes.size() - 1; l++) {
      activations.add(l == sizes.size() - 2 ? last : hidden);
    }
    return new SameDiffDenseStack(prefix, sizes, activations);
  }

  SameDiffDenseStack {
    sizes = List.copyOf(sizes);
    activations = List.copyOf(activations);
    if (activations.size() != sizes.size() - 1) {
      throw new IllegalArgumentException(sizes.size() + " sizes need " + (sizes.size() - 1) + " activations");
    }
  }

  int layers() {
    return activations.size();
  }

  int outputSize() {
    return sizes.get(sizes.size() - 1);
  }

  String weight(int layer) {
    return prefix + "W" + layer;
  }

  String bias(int layer) {
    return prefix + "b" + layer;
  }

  void defineParameters(SDLayerParams params) {
    for (int l = 0; l < layers(); l++) {
      params.addWeightParam(weight(l), sizes.get(l), sizes.get(l + 1));
      params.addBiasParam(bias(l), 1, sizes.get(l + 1));
    }
  }

  void initializeParameters(Map<String, INDArray> params, WeightInit weightInit) {
    for (int l = 0; l < layers(); l++) {
      INDArray w = params.get(weight(l));
      weightInit.getWeightInitFunction().init(sizes.get(l), sizes.get(l + 1), w.shape(), 'c', w);
      params.get(bias(l)).assign(0);
    }
  }

  /** Pre-activations and activations of every layer, in order. */
  record Forward(List<SDVariable> preActivations, List<SDVariable> activations) {
    SDVariable output() {
      return activations.get(activations.size() - 1);
    }
  }

  /** The same forward pass on plain arrays, for inference outside the training graph (codes, decoding). */
  INDArray apply(INDArray input, Map<String, INDArray> params) {
    INDArray x = input;
    for (int l = 0; l < layers(); l++) {
      INDArray a = x.mmul(params.get(weight(l))).addiRowVector(params.get(bias(l)));
      x = activations.get(l).apply(a);
    }
    return x;
  }

  Forward forward(SameDiff sd, SDVariable input, Map<String, SDVariable> params) {
    List<SDVariable> pre = new ArrayList<>();
    List<SDVariable> post = new ArrayList<>();
    SDVariable x = input;
    for (int l = 0; l < layers(); l++) {
      SDVariable a = x.mmul(params.get(weight(l))).add(params.get(bias(l)));
      x = activations.get(l).apply(sd, a);
      pre.add(a);
      post.add(x);
    }
    return new Forward(pre, post);
  }
}
