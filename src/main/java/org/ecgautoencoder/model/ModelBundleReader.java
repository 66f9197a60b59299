package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.ecgautoencoder.io.ParameterFile;
import org.ecgautoencoder.io.ChecksummedFiles;

/**
 * Loads a bundle from any Hadoop filesystem and refuses it, naming the file and saying why, when its format
 * version is unknown, a file is missing or its checksum differs from model.json, the model id recomputed from
 * what was read differs from the one recorded, the stored configuration does not validate, or the network,
 * normaliser and declared beat length disagree. Every file is plain data (JSON, raw floats): nothing is
 * Java-deserialised.
 */
final class ModelBundleReader {
  /** Bundles before the model id covered the recording settings: still read, their ids recomputed as written. */
  private static final int UNCOVERED_RECORDING_VERSION = 2;

  private ModelBundleReader() {}

  static AutoencoderModel read(HadoopFiles files, String directory) {
    String dir = files.qualified(directory);
    String manifestFile = HadoopFiles.child(dir, AutoencoderModel.BundleFiles.MANIFEST_FILE);
    if (!files.isFile(manifestFile)) {
      throw new IllegalArgumentException(
          "Not a model bundle: " + dir + " has no " + AutoencoderModel.BundleFiles.MANIFEST_FILE
              + " (train writes one to OUTPUT/model)");
    }
    String manifestText = new String(files.read(manifestFile), StandardCharsets.UTF_8);
    JsonNode manifestJson = Json.parse(manifestText);
    int formatVersion = manifestJson.path("format_version").asInt(-1);
    if (formatVersion != AutoencoderModel.FORMAT_VERSION && formatVersion != UNCOVERED_RECORDING_VERSION) {
      throw new IllegalArgumentException(
          "Model bundle " + dir + " has format_version " + manifestJson.path("format_version")
              + " but this build reads versions " + UNCOVERED_RECORDING_VERSION + " and " + AutoencoderModel.FORMAT_VERSION
              + (formatVersion == 1 ? " (bundles of version 1 came from before 0.2: train the model again)" : ""));
    }
    ModelManifest manifest = Json.read(manifestText, manifestFile, ModelManifest.class);
    byte[] networkJson = verified(files, dir, manifest, AutoencoderModel.BundleFiles.NETWORK_FILE);
    byte[] parameterBytes = verified(files, dir, manifest, AutoencoderModel.BundleFiles.PARAMETERS_FILE);
    byte[] normaliserJson = verified(files, dir, manifest, AutoencoderModel.BundleFiles.NORMALISER_FILE);
    ModelManifest.Scoring scoring = manifest.scoring();
    if (scoring == null || scoring.threshold() == null || scoring.codeLayer() == null) {
      throw new IllegalArgumentException("Model bundle " + manifestFile + " has no scoring section (threshold, code layer)");
    }
    if (manifest.training() == null || manifest.provenance() == null || manifest.provenance().config() == null) {
      throw new IllegalArgumentException(
          "Model bundle " + manifestFile + " has no " + (manifest.training() == null ? "training" : "provenance")
              + " section (the training summary, the configuration it was trained with)");
    }
    ConfigLoader config = ConfigLoader.fromJson(manifest.provenance().config().toString(), "model bundle " + manifestFile);
    EcgConfig trainingConfig = config.toEcgConfig();
    String recomputed =
        ModelIds.of(
            networkJson, parameterBytes, normaliserJson, scoring.threshold(), scoring.codeLayer(),
            formatVersion == UNCOVERED_RECORDING_VERSION ? null : trainingConfig.input().recording());
    if (!recomputed.equals(manifest.modelId())) {
      throw new IllegalArgumentException(
          "Model bundle " + manifestFile + " is not the model it names: its files and threshold give model id "
              + recomputed + " but it records " + manifest.modelId() + " (an edited threshold or file?)");
    }
    Normaliser normaliser =
        Json.read(new String(normaliserJson, StandardCharsets.UTF_8), AutoencoderModel.BundleFiles.NORMALISER_FILE, Normaliser.class);
    requireEqual(normaliser.beatLength(), scoring.beatLength(), "normaliser width", dir);
    String configuration = new String(networkJson, StandardCharsets.UTF_8);
    float[] parameters = ParameterFile.decode(parameterBytes, AutoencoderModel.BundleFiles.PARAMETERS_FILE);
    MultiLayerNetwork network = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(configuration));
    network.init();
    requireEqual(parameters.length, network.numParams(), "parameter count", dir);
    network.setParams(Nd4j.create(parameters, new long[] {1, parameters.length}, 'c'));
    requireBeatWide(network, scoring.beatLength(), dir);
    return new AutoencoderModel(
        new ScoringModel(configuration, parameters, normaliser), manifest, trainingConfig,
        NetworkForwardPass.describe(network));
  }

  /**
   * The network must take and return beats of the declared width. Probed with one zero beat rather than read
   * from the first and last layers, whose widths are channels for the convolutional type.
   */
  private static void requireBeatWide(MultiLayerNetwork network, int beatLength, String directory) {
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

  private static byte[] verified(HadoopFiles files, String directory, ModelManifest manifest, String fileName) {
    return ChecksummedFiles.read(
        files, directory, manifest.files(), fileName, "Model bundle " + directory,
        AutoencoderModel.BundleFiles.MANIFEST_FILE, "");
  }

  private static void requireEqual(long actual, long expected, String what, String directory) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "Model bundle " + directory + " is inconsistent: " + what + " is " + actual + " but model.json declares "
              + expected);
    }
  }
}
