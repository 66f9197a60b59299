package org.ecgautoencoder.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The project's JSON files (model.json, metrics.json, ...): snake_case keys, indented, UTF-8. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          // Newer bundles may add fields; derived getters (e.g. beat_length) are written but not read back.
          .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /** Writes the value as JSON to any Hadoop path, replacing the file. */
  public static void write(HadoopFiles files, String path, Object value) {
    files.write(path, toJson(value).getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a JSON file on any Hadoop path into {@code type}; a malformed file fails as an argument error. */
  public static <T> T read(HadoopFiles files, String path, Class<T> type) {
    return read(new String(files.read(path), StandardCharsets.UTF_8), path, type);
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot render " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads JSON text into {@code type}; malformed text is the user's input, so it fails as an argument error.
   *
   * @param source where the text came from, for the message
   */
  public static <T> T read(String text, String source, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + source + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
