package org.ecgautoencoder.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The code (latent representation) of normalised beats for any model type, one row per beat: a layer's
 * activations for the DL4J-built types (flattened for the convolutional one), or what the SameDiff layer
 * computes from its parameters (the variational type: the mean of the code distribution).
 */
public final class ModelCodes {
  private ModelCodes() {}

  public static INDArray of(MultiLayerNetwork network, CodeLayer codeLayer, INDArray normalisedBeats) {
    Layer last = network.getLayer(network.getnLayers() - 1);
    if (last.conf().getLayer() instanceof AutoencoderOutputLayer layer) {
      INDArray code = layer.code(normalisedBeats, last.paramTable());
      if (code != null) {
        return code;
      }
    }
    // feedForward lists the input first, then each layer's activations.
    INDArray code = network.feedForward(normalisedBeats, false).get(codeLayer.index() + 1);
    return flattened(code);
  }

  /** A convolutional code is [beats, channels, positions]: one row per beat, channel by channel. */
  public static INDArray flattened(INDArray code) {
    if (code.rank() <= 2) {
      return code;
    }
    long rows = code.size(0);
    return code.dup('c').reshape('c', rows, code.length() / rows);
  }
}
