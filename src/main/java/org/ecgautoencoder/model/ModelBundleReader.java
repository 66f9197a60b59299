package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.Json;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads a bundle and refuses it, saying why, when its format version is unknown, a file is missing or its
 * checksum differs from model.json, or the network, normaliser and declared beat length disagree.
 */
public final class ModelBundleReader {
  private ModelBundleReader() {}

  public static ModelBundle read(Path directory) {
    Path manifestFile = directory.resolve(ModelBundle.MANIFEST_FILE);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IllegalArgumentException(
          "Not a model bundle: " + directory.toAbsolutePath() + " has no " + ModelBundle.MANIFEST_FILE
              + " (train writes one to OUTPUT_DIR/model)");
    }
    JsonNode manifestJson = Json.parse(readString(manifestFile));
    int formatVersion = manifestJson.path("format_version").asInt(-1);
    if (formatVersion != ModelBundle.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + " has format_version " + manifestJson.path("format_version")
              + " but this build reads version " + ModelBundle.FORMAT_VERSION);
    }
    ModelManifest manifest = Json.read(manifestFile, ModelManifest.class);
    byte[] networkJson = verified(directory, manifest, ModelBundle.NETWORK_FILE);
    byte[] parameterBytes = verified(directory, manifest, ModelBundle.PARAMETERS_FILE);
    byte[] normaliserJson = verified(directory, manifest, ModelBundle.NORMALISER_FILE);

    Normaliser normaliser = Json.read(directory.resolve(ModelBundle.NORMALISER_FILE), Normaliser.class);
    requireEqual(normaliser.beatLength(), manifest.beatLength(), "normaliser width", directory);
    MultiLayerConfiguration configuration =
        MultiLayerConfiguration.fromJson(new String(networkJson, StandardCharsets.UTF_8));
    float[] parameters = ParameterFile.decode(parameterBytes, ModelBundle.PARAMETERS_FILE);
    MultiLayerNetwork network = new MultiLayerNetwork(configuration);
    network.init();
    requireEqual(parameters.length, network.numParams(), "parameter count", directory);
    network.setParams(Nd4j.create(parameters, new long[] {1, parameters.length}, 'c'));
    requireBeatWide(network, manifest.beatLength(), directory);
    return new ModelBundle(network, normaliser, manifest.threshold(), manifest);
  }

  /**
   * The network must take and return beats of the declared width. Probed with one zero beat rather than read
   * from the first and last layers, whose widths are channels for the convolutional type.
   */
  private static void requireBeatWide(MultiLayerNetwork network, int beatLength, Path directory) {
    long[] shape;
    try {
      shape = network.output(Nd4j.zeros(DataType.FLOAT, 1, beatLength), false).shape();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + " is inconsistent: its network does not take beats of " + beatLength
              + " samples, as model.json declares: " + e.getMessage(), e);
    }
    requireEqual(shape[shape.length - 1], beatLength, "network output width", directory);
  }

  private static byte[] verified(Path directory, ModelManifest manifest, String fileName) {
    Map<String, String> files = manifest.files();
    String expected = files == null ? null : files.get(fileName);
    if (expected == null) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + ": model.json lists no checksum for " + fileName);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(directory.resolve(fileName));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Model bundle " + directory + " is missing " + fileName, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + directory.resolve(fileName), e);
    }
    String actual = Checksums.sha256(bytes);
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + " is corrupted: " + fileName + " has sha256 " + actual
              + " but model.json expects " + expected);
    }
    return bytes;
  }

  private static void requireEqual(long actual, long expected, String what, Path directory) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + " is inconsistent: " + what + " is " + actual + " but model.json declares "
              + expected);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
