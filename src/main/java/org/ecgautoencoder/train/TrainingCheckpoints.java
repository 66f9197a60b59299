package org.ecgautoencoder.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.CheckpointConfig;
import org.ecgautoencoder.io.ChecksummedFiles;
import org.ecgautoencoder.io.Checksums;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.io.ParameterFile;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.EpochLoss;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-epoch checkpoints in CHECKPOINTS/epoch-NNNN on any Hadoop filesystem: the network's configuration (which
 * carries DL4J's iteration and epoch counts), its parameters and its updater (Adam) state as plain float files,
 * and checkpoint.json with the losses so far, the settings, the rows' fingerprint and the sha256 of the other
 * files. Plain formats on purpose: a checkpoint is read back from a folder anyone may write to, and nothing in
 * it is Java-deserialised (DL4J's ModelSerializer would read a preprocessor.bin with ObjectInputStream). A
 * checkpoint is written into a {@code .partial} folder and renamed when complete, so a run killed while
 * writing one leaves only complete checkpoints under their names. A resumed run must have the same training
 * settings (model, normalisation, train except epochs and checkpoints) and the same training rows; anything
 * else would silently train a different model.
 */
public final class TrainingCheckpoints {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingCheckpoints.class);
  public static final String FOLDER = "checkpoints";
  static final String NETWORK_FILE = "network-configuration.json";
  static final String PARAMETERS_FILE = "parameters.bin";
  static final String UPDATER_FILE = "updater-state.bin";
  static final String MANIFEST_FILE = "checkpoint.json";
  private static final Pattern COMPLETE = Pattern.compile("epoch-(\\d{4,})");

  private final HadoopFiles files;
  private final String folder;
  private final CheckpointConfig config;
  private final JsonNode settings;
  private final DataFingerprint data;

  /**
   * @param folder where the checkpoints live (the train job: OUTPUT/checkpoints), any Hadoop path
   * @param configJson the run's resolved configuration
   * @param data the normal training rows
   */
  public TrainingCheckpoints(
      HadoopFiles files, String folder, CheckpointConfig config, JsonNode configJson, DataFingerprint data) {
    this.files = files;
    this.folder = files.qualified(folder);
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
   * Where this run's training starts. {@link TrainingStartMode#RESUME}: the newest complete checkpoint, checked
   * against this run's settings, rows and epochs, or none (from the first epoch) when there is none. {@link
   * TrainingStartMode#FRESH}: none, after deleting an earlier run's checkpoints, which must not be resumed later by
   * mistake.
   */
  public Optional<ResumedTraining> startingPoint(TrainingStartMode mode, int epochs) {
    if (mode == TrainingStartMode.FRESH) {
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
    String complete = HadoopFiles.child(folder, String.format("epoch-%04d", epoch));
    String partial = complete + ".partial";
    files.delete(partial);
    Map<String, byte[]> contents = new LinkedHashMap<>();
    contents.put(NETWORK_FILE, network.getLayerWiseConfigurations().toJson().getBytes(StandardCharsets.UTF_8));
    contents.put(PARAMETERS_FILE, ParameterFile.encode(network.params().toFloatVector()));
    INDArray updater = network.getUpdater() == null ? null : network.getUpdater().getStateViewArray();
    contents.put(UPDATER_FILE, ParameterFile.encode(updater == null ? new float[0] : updater.toFloatVector()));
    Map<String, String> checksums = new LinkedHashMap<>();
    contents.forEach((name, bytes) -> {
      files.write(HadoopFiles.child(partial, name), bytes);
      checksums.put(name, Checksums.sha256(bytes));
    });
    Json.write(
        files, HadoopFiles.child(partial, MANIFEST_FILE),
        new CheckpointManifest(epoch, history, elapsed, settings, data, Instant.now().toString(), checksums));
    files.delete(complete);
    files.rename(partial, complete);
    LOG.info("Checkpoint after epoch {}: {}", epoch, complete);
    List<String> all = completeCheckpoints();
    for (String old : all.subList(0, Math.max(0, all.size() - config.kept()))) {
      files.delete(HadoopFiles.child(folder, old));
    }
  }

  /** Deletes an earlier run's checkpoints (complete and partial), and nothing else that the folder holds. */
  private void discardEarlierRun() {
    List<String> earlier =
        files.list(folder).stream().filter(name -> COMPLETE.matcher(name.replace(".partial", "")).matches()).toList();
    if (!earlier.isEmpty()) {
      LOG.info("Not resuming: deleting the checkpoints of an earlier run in {}: {}", folder, earlier);
      earlier.forEach(name -> files.delete(HadoopFiles.child(folder, name)));
    }
  }

  /** The newest complete checkpoint, checked against this run's settings and rows; empty when there is none. */
  private Optional<ResumedTraining> latest() {
    List<String> all = completeCheckpoints();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    String newest = HadoopFiles.child(folder, all.get(all.size() - 1));
    String manifestFile = HadoopFiles.child(newest, MANIFEST_FILE);
    if (!files.isFile(manifestFile)) {
      throw new IllegalArgumentException("Cannot resume from " + newest + ": it has no " + MANIFEST_FILE
          + ". Train without --resume to start over.");
    }
    CheckpointManifest manifest = Json.read(files, manifestFile, CheckpointManifest.class);
    if (!settings.equals(manifest.settings())) {
      throw new IllegalArgumentException(
          "Cannot resume from " + newest + ": it was trained with other settings (" + differingSections(manifest.settings())
              + " differ). Resume with the configuration of that run, or train without --resume to start over.");
    }
    if (!data.equals(manifest.data())) {
      throw new IllegalArgumentException(
          "Cannot resume from " + newest + ": it was trained on other rows (" + manifest.data() + ", this run has "
              + data + "). Resume with the same input and split, or train without --resume to start over.");
    }
    MultiLayerConfiguration configuration =
        MultiLayerConfiguration.fromJson(new String(verified(newest, manifest, NETWORK_FILE), StandardCharsets.UTF_8));
    float[] parameters = ParameterFile.decode(verified(newest, manifest, PARAMETERS_FILE), PARAMETERS_FILE);
    float[] updaterState = ParameterFile.decode(verified(newest, manifest, UPDATER_FILE), UPDATER_FILE);
    MultiLayerNetwork network = new MultiLayerNetwork(configuration);
    network.init(Nd4j.create(parameters, new long[] {1, parameters.length}, 'c'), false);
    if (updaterState.length > 0) {
      network.getUpdater().setStateViewArray(
          network, Nd4j.create(updaterState, new long[] {1, updaterState.length}, 'c'), false);
    }
    return Optional.of(
        new ResumedTraining(
            network, new TrainingStart(manifest.epoch(), manifest.history(), manifest.elapsedSeconds()), newest));
  }

  /** A file of the checkpoint whose sha256 checkpoint.json records; anything else stops the resume, saying why. */
  private byte[] verified(String checkpoint, CheckpointManifest manifest, String name) {
    return ChecksummedFiles.read(
        files, checkpoint, manifest.files(), name, "Cannot resume from " + checkpoint + ": the checkpoint", MANIFEST_FILE,
        ". Train without --resume to start over.");
  }

  private String differingSections(JsonNode other) {
    StringBuilder names = new StringBuilder();
    settings.fieldNames().forEachRemaining(name -> {
      if (other == null || !settings.get(name).equals(other.get(name))) {
        names.append(names.length() == 0 ? "" : ", ").append(name);
      }
    });
    return names.length() == 0 ? "settings" : names.toString();
  }

  private List<String> completeCheckpoints() {
    return files.list(folder).stream()
        .filter(name -> COMPLETE.matcher(name).matches())
        .sorted(Comparator.comparingInt(TrainingCheckpoints::epochOf))
        .toList();
  }

  private static int epochOf(String checkpoint) {
    Matcher matcher = COMPLETE.matcher(checkpoint);
    matcher.matches();
    return Integer.parseInt(matcher.group(1));
  }

  /** A network restored from a checkpoint and the point training continues from. */
  public record ResumedTraining(MultiLayerNetwork network, TrainingStart start, String checkpoint) {}
}
