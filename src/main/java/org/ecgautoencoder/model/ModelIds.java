package org.ecgautoencoder.model;

import java.nio.charset.StandardCharsets;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.network.CodeLayer;
import org.ecgautoencoder.io.Checksums;

/**
 * A model's id: what changes a beat's scores, hashed. The network configuration (architecture, activations,
 * the variational score), the parameters and the normaliser as their bundle files' bytes; the threshold (rule,
 * value and statistics), the code layer and the recording settings (how recordings are cut into beats) as JSON. Two bundles with different
 * thresholds never share an id, and a changed file or threshold no longer matches the id it was saved under.
 */
final class ModelIds {
  private static final int HEX_DIGITS = 16;

  private ModelIds() {}

  /**
   * @param recording how the model cuts recordings into beats (the training run's input.recording settings,
   *     which every job scoring recordings applies); null for bundles of format version 2, whose ids did not
   *     cover them
   */
  static String of(
      byte[] networkJson, byte[] parameters, byte[] normaliserJson, Threshold threshold, CodeLayer codeLayer,
      RecordingConfig recording) {
    byte[] thresholdJson = Json.toJson(threshold).getBytes(StandardCharsets.UTF_8);
    byte[] codeLayerJson = Json.toJson(codeLayer).getBytes(StandardCharsets.UTF_8);
    String hash =
        recording == null
            ? Checksums.sha256(networkJson, parameters, normaliserJson, thresholdJson, codeLayerJson)
            : Checksums.sha256(
                networkJson, parameters, normaliserJson, thresholdJson, codeLayerJson,
                Json.toJson(recording).getBytes(StandardCharsets.UTF_8));
    return hash.substring(0, HEX_DIGITS);
  }
}
