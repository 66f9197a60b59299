package org.ecgautoencoder.model;

import java.nio.charset.StandardCharsets;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.network.CodeLayer;
import org.ecgautoencoder.io.Checksums;

/**
 * A model's id: what changes a beat's scores, hashed. The network configuration (architecture, activations,
 * the variational score), the parameters and the normaliser as their bundle files' bytes; the threshold (rule,
 * value and statistics) and the code layer as the JSON model.json holds. Two bundles with different
 * thresholds never share an id, and a changed file or threshold no longer matches the id it was saved under.
 */
final class ModelIds {
  private static final int HEX_DIGITS = 16;

  private ModelIds() {}

  static String of(byte[] networkJson, byte[] parameters, byte[] normaliserJson, Threshold threshold, CodeLayer codeLayer) {
    return Checksums.sha256(
            networkJson, parameters, normaliserJson, Json.toJson(threshold).getBytes(StandardCharsets.UTF_8),
            Json.toJson(codeLayer).getBytes(StandardCharsets.UTF_8))
        .substring(0, HEX_DIGITS);
  }
}
