package org.ecgautoencoder.network;

import java.io.Serializable;
import org.ecgautoencoder.config.ModelConfig;

/**
 * Where a model's code (latent representation) is, and its width once flattened. The index counts the dense
 * layers of the inference path (a SameDiff type's encoder, heads and decoder each count), which for the DL4J-built
 * types are the network's own layers; for the SameDiff types the layer itself also computes its code ({@link
 * ModelCodes}). Decided when the network is built, from its configuration, and recorded in the bundle.
 */
public record CodeLayer(int index, int width) implements Serializable {

  public static CodeLayer of(ModelConfig model) {
    return switch (model.type()) {
      // The contractive type's one SameDiff layer counts its encoder's dense steps, so its code sits where the
      // dense types' does.
      case UNDERCOMPLETE, DENOISING, CONTRACTIVE -> new CodeLayer(
          model.encoderLayers().size() - 1, model.encoderLayers().get(model.encoderLayers().size() - 1));
      case SPARSE -> new CodeLayer(0, model.sparse().codeSize());
      // The variational type's SameDiff layer: the code mean, after the encoder.
      case VARIATIONAL -> new CodeLayer(model.encoderLayers().size(), model.variational().latentSize());
      case CONVOLUTIONAL -> new CodeLayer(
          ConvolutionalAutoencoder.codeLayerIndex(model.convolutional()), model.convolutional().codeSize());
    };
  }
}
