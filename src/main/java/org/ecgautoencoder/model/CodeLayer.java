package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecgautoencoder.config.ConvolutionalConfig;
import org.ecgautoencoder.config.ModelType;

/**
 * Where a model's code (latent representation) is: the index of the layer whose activations it is, and its
 * width once flattened. Derived from the configuration stored in the bundle, so it works for any bundle.
 */
public record CodeLayer(int index, int width) implements java.io.Serializable {

  /** @param config the resolved configuration stored in model.json */
  public static CodeLayer of(JsonNode config, int beatLength) {
    JsonNode model = config.path("model");
    // Bundles from before model.type existed are undercomplete.
    String typeName = model.path("type").asText("undercomplete");
    ModelType type = ModelType.valueOf(typeName.toUpperCase(Locale.ROOT).replace('-', '_'));
    return switch (type) {
      case UNDERCOMPLETE, DENOISING -> {
        List<Integer> encoder = ints(model.path("encoder-layers"), "model.encoder-layers");
        yield new CodeLayer(encoder.size() - 1, encoder.get(encoder.size() - 1));
      }
      case SPARSE -> new CodeLayer(0, model.path("sparse").path("code-size").asInt());
      // One SameDiff layer computes everything; ModelCodes asks it for the code.
      case CONTRACTIVE -> {
        List<Integer> encoder = ints(model.path("encoder-layers"), "model.encoder-layers");
        yield new CodeLayer(0, encoder.get(encoder.size() - 1));
      }
      case VARIATIONAL -> new CodeLayer(0, model.path("variational").path("latent-size").asInt());
      case CONVOLUTIONAL -> new CodeLayer(
          ConvolutionalAutoencoder.codeLayerIndex(convolutional(model.path("convolutional"))),
          model.path("convolutional").path("code-size").asInt());
    };
  }

  private static ConvolutionalConfig convolutional(JsonNode conv) {
    return new ConvolutionalConfig(
        ints(conv.path("filters"), "model.convolutional.filters"), conv.path("kernel-size").asInt(),
        conv.path("pool-size").asInt(), conv.path("code-size").asInt());
  }

  private static List<Integer> ints(JsonNode array, String key) {
    if (!array.isArray() || array.isEmpty()) {
      throw new IllegalArgumentException("model.json's config has no " + key + " to find the code layer");
    }
    List<Integer> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asInt()));
    return values;
  }
}
