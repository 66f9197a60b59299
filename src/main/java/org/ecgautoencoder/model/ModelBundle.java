package org.ecgautoencoder.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.score.ScoringModel;
import org.ecgautoencoder.score.Threshold;

/** A trained model ready to score: the network, its fitted normaliser, its threshold and its manifest. */
public record ModelBundle(MultiLayerNetwork network, Normaliser normaliser, Threshold threshold, ModelManifest manifest) {
  public static final int FORMAT_VERSION = 1;
  public static final String MANIFEST_FILE = "model.json";
  public static final String NETWORK_FILE = "network-configuration.json";
  public static final String PARAMETERS_FILE = "parameters.bin";
  public static final String NORMALISER_FILE = "normaliser.json";

  public int beatLength() {
    return manifest.beatLength();
  }

  public ScoringModel scoringModel() {
    return ScoringModel.of(network, normaliser);
  }

  /** Index of the bottleneck layer (the last encoder layer): its activations are the latent code. */
  public int latentLayerIndex() {
    return encoderLayers().size() - 1;
  }

  /** Width of the latent code. */
  public int latentWidth() {
    return encoderLayers().get(encoderLayers().size() - 1).asInt();
  }

  private com.fasterxml.jackson.databind.JsonNode encoderLayers() {
    com.fasterxml.jackson.databind.JsonNode layers = manifest.config().at("/model/encoder-layers");
    if (!layers.isArray() || layers.isEmpty()) {
      throw new IllegalArgumentException(
          "Model " + manifest.modelId() + ": model.json's config has no model.encoder-layers to find the latent code");
    }
    return layers;
  }

  /** Fails fast, before any work, when an input's beats are not as wide as the network's input. */
  public void requireInputWidth(int width, String source) {
    if (width != beatLength()) {
      throw new IllegalArgumentException(
          source + " has beats of " + width + " samples but model " + manifest.modelId() + " expects "
              + beatLength());
    }
  }
}
