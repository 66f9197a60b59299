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

  /** Where the model's code (latent representation) is. */
  public CodeLayer codeLayer() {
    return CodeLayer.of(manifest.config(), beatLength());
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
