package org.ecgautoencoder.network;

import java.io.Serializable;
import org.ecgautoencoder.config.ModelConfig;

/**
 * Where a model's code (latent representation) is: the index of the layer whose activations it is, and its
 * width once flattened. Decided when the network is built, from its configuration, and recorded in the bundle.
 */
public record CodeLayer(int index, int width) implements Serializable {

  public static CodeLayer of(ModelConfig model, int beatLength) {
    return switch (model.type()) {
      case UNDERCOMPLETE, DENOISING -> new CodeLayer(
          model.encoderLayers().size() - 1, model.encoderLayers().get(model.encoderLayers().size() - 1));
      case SPARSE -> new CodeLayer(0, model.sparse().codeSize());
      // One SameDiff layer computes everything; ModelCodes asks it for the code.
      case CONTRACTIVE -> new CodeLayer(0, model.encoderLayers().get(model.encoderLayers().size() - 1));
      case VARIATIONAL -> new CodeLayer(0, model.variational().latentSize());
      case CONVOLUTIONAL -> new CodeLayer(
          ConvolutionalAutoencoder.codeLayerIndex(model.convolutional()), model.convolutional().codeSize());
    };
  }
}
