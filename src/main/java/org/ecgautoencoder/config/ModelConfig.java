package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.List;

/**
 * Which autoencoder to train and its shape. The dense types (undercomplete, denoising) use input -> encoder
 * layers -> decoder layers -> output as wide as the input; the activations and weight initialisation apply
 * to every type.
 */
public record ModelConfig(
    ModelType type,
    List<Integer> encoderLayers,
    List<Integer> decoderLayers,
    String hiddenActivation,
    String outputActivation,
    String weightInit,
    SparseConfig sparse,
    DenoisingConfig denoising,
    ContractiveConfig contractive,
    VariationalConfig variational,
    ConvolutionalConfig convolutional)
    implements Serializable {

  public ModelConfig {
    encoderLayers = List.copyOf(encoderLayers);
    decoderLayers = List.copyOf(decoderLayers);
    ConfigChecks.check(!encoderLayers.isEmpty(), "model.encoder-layers", encoderLayers, "at least one layer size");
    ConfigChecks.check(
        encoderLayers.stream().allMatch(size -> size >= 1), "model.encoder-layers", encoderLayers, "sizes >= 1");
    ConfigChecks.check(
        decoderLayers.stream().allMatch(size -> size >= 1), "model.decoder-layers", decoderLayers, "sizes >= 1");
    ModelChoices.activation(hiddenActivation, "model.hidden-activation");
    ModelChoices.activation(outputActivation, "model.output-activation");
    ModelChoices.weightInit(weightInit, "model.weight-init");
    if (type == ModelType.SPARSE && sparse.penalty() == SparsityPenalty.KL) {
      ConfigChecks.check(
          hiddenActivation.equalsIgnoreCase("sigmoid"), "model.hidden-activation", hiddenActivation,
          "sigmoid when model.sparse.penalty = kl (the KL target is a mean activation in (0, 1))");
    }
  }
}
