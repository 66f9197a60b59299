package org.ecgautoencoder.network;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The code (latent representation) of normalised beats for any model type, one row per beat: a layer's
 * activations for the DL4J-built types (the convolutional one's is its dense code), or what the SameDiff layer
 * computes from its parameters (the variational type: the mean of the code distribution).
 */
public final class ModelCodes {
  private ModelCodes() {}

  /** @param codeLayerIndex {@link CodeLayer#index()} */
  public static INDArray of(MultiLayerNetwork network, int codeLayerIndex, INDArray normalisedBeats) {
    Layer last = network.getLayer(network.getnLayers() - 1);
    if (last.conf().getLayer() instanceof AutoencoderOutputLayer layer) {
      INDArray code = layer.code(normalisedBeats, last.paramTable());
      if (code != null) {
        return code;
      }
    }
    // feedForward lists the input first, then each layer's activations.
    return network.feedForward(normalisedBeats, false).get(codeLayerIndex + 1);
  }
}
