package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.ecgautoencoder.network.CodeLayer;

/**
 * model.json: the readable description of a bundle, and the checksums that guard its other files.
 *
 * @param modelId identifies everything that changes scores: the first 16 hex digits of the sha256 of the
 *     network configuration, the parameters, the normaliser, the threshold and the code layer ({@link ModelIds});
 *     the loader recomputes it and refuses a bundle whose files or threshold no longer match it
 * @param files sha256 of every other file in the bundle
 */
public record ModelManifest(
    int formatVersion,
    String modelId,
    Scoring scoring,
    TrainingSummary training,
    Provenance provenance,
    Map<String, String> files) {

  /**
   * What scoring takes from the manifest besides the network and normaliser files.
   *
   * @param normalisation the normaliser's method, for readers of model.json (the file holds its vectors)
   */
  public record Scoring(int beatLength, String normalisation, Threshold threshold, CodeLayer codeLayer) {}

  /**
   * @param config the resolved configuration of the training run, read back by {@link
   *     org.ecgautoencoder.config.ConfigLoader#fromJson} (validated) when the bundle is loaded
   */
  public record Provenance(String createdAt, Map<String, String> libraryVersions, JsonNode config) {}
}
