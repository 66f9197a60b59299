package org.ecgautoencoder.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ecgautoencoder.config.CheckpointConfig;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.DataFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-epoch checkpoints in OUTPUT/checkpoints/epoch-NNNN: the network with its updater (Adam) state, written
 * by DL4J's ModelSerializer, and checkpoint.json. A checkpoint is written into a {@code .partial} folder and
 * renamed when complete, so a run killed while writing one leaves only complete checkpoints under their
 * names. A resumed run must have the same training settings (model, normalisation, train except
 * epochs and checkpoints) and the same training rows; anything else would silently train a different model.
 */
public final class TrainingCheckpoints {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingCheckpoints.class);
  public static final String FOLDER = "checkpoints";
  static final String NETWORK_FILE = "network.zip";
  static final String MANIFEST_FILE = "checkpoint.json";
  private static final Pattern COMPLETE = Pattern.compile("epoch-(\\d{4,})");

  private final Path folder;
  private final CheckpointConfig config;
  private final JsonNode settings;
  private final DataFingerprint data;

  /**
   * @param configJson the run's resolved configuration
   * @param data the normal training rows
   */
  public TrainingCheckpoints(Path outputDir, CheckpointConfig config, JsonNode configJson, DataFingerprint data) {
    this.folder = outputDir.resolve(FOLDER);
    this.config = config;
    this.settings = trainingSettings(configJson);
    this.data = data;
  }

  /** The configuration sections that change what training computes. */
  static JsonNode trainingSettings(JsonNode configJson) {
    ObjectNode settings = JsonNodeFactory.instance.objectNode();
    for (String section : List.of("model", "normalisation", "train")) {
      if (configJson.has(section)) {
        settings.set(section, configJson.get(section).deepCopy());
      }
    }
    if (settings.get("train") instanceof ObjectNode train) {
      train.remove("epochs");
      train.remove("checkpoints");
    }
    return settings;
  }

  /**
   * Where this run's training starts. With {@code resume}: the newest complete checkpoint, checked against
   * this run's settings, rows and epochs, or none (from the first epoch) when there is none. Without it: none,
   * after deleting an earlier run's checkpoints, which must not be resumed later by mistake.
   */
  public Optional<ResumedTraining> startingPoint(boolean resume, int epochs) {
    if (!resume) {
      discardEarlierRun();
      return Optional.empty();
    }
    Optional<ResumedTraining> resumed = latest();
    if (resumed.isEmpty()) {
      LOG.warn("--resume: no complete checkpoint in {}; training from the first epoch", folder);
      return resumed;
    }
    TrainingStart start = resumed.get().start();
    if (start.completedEpochs() > epochs) {
      throw new IllegalArgumentException(
          "Cannot resume: the checkpoint has " + start.completedEpochs() + " epochs done, more than train.epochs = "
              + epochs);
    }
    LOG.info("Resuming from {} (epoch {} of {})", resumed.get().checkpoint(), start.completedEpochs(), epochs);
    return resumed;
  }

  /** Called after every epoch: writes a checkpoint when one is due, then deletes those beyond the kept ones. */
  public void afterEpoch(int epoch, int lastEpoch, MultiLayerNetwork network, List<EpochLoss> history, double elapsed) {
    if (!config.dueAfter(epoch, lastEpoch)) {
      return;
    }
    Path complete = folder.resolve(String.format("epoch-%04d", epoch));
    Path partial = folder.resolve(complete.getFileName() + ".partial");
    try {
      FileUtils.deleteDirectory(partial.toFile());
      Files.createDirectories(partial);
      ModelSerializer.writeModel(network, partial.resolve(NETWORK_FILE).toFile(), true);
      Json.write(
          partial.resolve(MANIFEST_FILE),
          new CheckpointManifest(epoch, history, elapsed, settings, data, Instant.now().toString()));
      FileUtils.deleteDirectory(complete.toFile());
      Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("Checkpoint after epoch {}: {}", epoch, complete);
      List<Path> all = completeCheckpoints();
      for (Path old : all.subList(0, Math.max(0, all.size() - config.kept()))) {
        FileUtils.deleteDirectory(old.toFile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the checkpoint " + complete + ": " + e.getMessage(), e);
    }
  }

  private void discardEarlierRun() {
    if (Files.isDirectory(folder)) {
      LOG.info("Not resuming: deleting the checkpoints of an earlier run in {}", folder);
      try {
        FileUtils.deleteDirectory(folder.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot delete the old checkpoints in " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  /** The newest complete checkpoint, checked against this run's settings and rows; empty when there is none. */
  private Optional<ResumedTraining> latest() {
    List<Path> all = completeCheckpoints();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Path newest = all.get(all.size() - 1);
    CheckpointManifest manifest = Json.read(newest.resolve(MANIFEST_FILE), CheckpointManifest.class);
    if (!manifest.settings().equals(settings)) {
      throw new IllegalArgumentException(
          "Cannot resume from " + newest + ": it was trained with other settings (" + differingSections(manifest.settings())
              + " differ). Resume with the configuration of that run, or train without --resume to start over.");
    }
    if (!manifest.data().equals(data)) {
      throw new IllegalArgumentException(
          "Cannot resume from " + newest + ": it was trained on other rows (" + manifest.data() + ", this run has "
              + data + "). Resume with the same input and split, or train without --resume to start over.");
    }
    try {
      MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(newest.resolve(NETWORK_FILE).toFile(), true);
      return Optional.of(
          new ResumedTraining(
              network, new TrainingStart(manifest.epoch(), manifest.history(), manifest.elapsedSeconds()), newest));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint network " + newest.resolve(NETWORK_FILE), e);
    }
  }

  private String differingSections(JsonNode other) {
    StringBuilder names = new StringBuilder();
    settings.fieldNames().forEachRemaining(name -> {
      if (!settings.get(name).equals(other.get(name))) {
        names.append(names.length() == 0 ? "" : ", ").append(name);
      }
    });
    return names.length() == 0 ? "settings" : names.toString();
  }

  private List<Path> completeCheckpoints() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(path -> COMPLETE.matcher(path.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(TrainingCheckpoints::epochOf))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the checkpoints in " + folder, e);
    }
  }

  private static int epochOf(Path checkpoint) {
    Matcher matcher = COMPLETE.matcher(checkpoint.getFileName().toString());
    matcher.matches();
    return Integer.parseInt(matcher.group(1));
  }

  /** A network restored from a checkpoint and the point training continues from. */
  public record ResumedTraining(MultiLayerNetwork network, TrainingStart start, Path checkpoint) {}
}
