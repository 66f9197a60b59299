package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.score.Threshold;

/**
 * Writes a bundle folder: network configuration, parameters, normaliser, then model.json with their sha256.
 * Files are written into a sibling temporary folder that replaces the target at the end, so a crash never
 * leaves a half-written bundle under the final name.
 */
public final class ModelBundleWriter {
  private ModelBundleWriter() {}

  public static ModelBundle write(
      Path directory,
      MultiLayerNetwork network,
      Normaliser normaliser,
      Threshold threshold,
      TrainingSummary training,
      DataFingerprint trainingData,
      JsonNode config) {
    byte[] networkJson = network.getLayerWiseConfigurations().toJson().getBytes(StandardCharsets.UTF_8);
    byte[] parameters = ParameterFile.encode(network.params().toFloatVector());
    byte[] normaliserJson = Json.toJson(normaliser).getBytes(StandardCharsets.UTF_8);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ModelBundle.NETWORK_FILE, Checksums.sha256(networkJson));
    files.put(ModelBundle.PARAMETERS_FILE, Checksums.sha256(parameters));
    files.put(ModelBundle.NORMALISER_FILE, Checksums.sha256(normaliserJson));
    ModelManifest manifest =
        new ModelManifest(
            ModelBundle.FORMAT_VERSION,
            Checksums.sha256(parameters, normaliserJson).substring(0, 16),
            Instant.now().toString(),
            normaliser.beatLength(),
            threshold,
            normaliser.method().name().toLowerCase().replace('_', '-'),
            training,
            TrainingMetrics.of(training.history(), threshold),
            trainingData,
            config,
            LibraryVersions.current(),
            files);
    Path target = directory.toAbsolutePath();
    Path staging = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Files.createDirectories(staging);
      Files.write(staging.resolve(ModelBundle.NETWORK_FILE), networkJson);
      Files.write(staging.resolve(ModelBundle.PARAMETERS_FILE), parameters);
      Files.write(staging.resolve(ModelBundle.NORMALISER_FILE), normaliserJson);
      Json.write(staging.resolve(ModelBundle.MANIFEST_FILE), manifest);
      replace(staging, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write model bundle to " + target + ": " + e.getMessage(), e);
    }
    return new ModelBundle(network, normaliser, threshold, manifest);
  }

  private static void replace(Path staging, Path target) throws IOException {
    if (Files.exists(target)) {
      Path old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      org.apache.commons.io.FileUtils.deleteDirectory(old.toFile());
    } else {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
