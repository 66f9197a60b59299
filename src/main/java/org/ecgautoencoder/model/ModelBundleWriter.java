package org.ecgautoencoder.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.io.Json;

/**
 * Writes a bundle folder on any Hadoop filesystem: network configuration, parameters, normaliser, then
 * model.json with their sha256 and the model id. Files are written into a sibling temporary folder that
 * replaces the target at the end, so a crash never leaves a half-written bundle under the final name: at
 * worst, a crash between the two renames that replace an existing bundle leaves it at {@code TARGET.old-*}
 * and no bundle at TARGET (load refuses the folder, saying it holds no model.json). On HDFS each rename is
 * atomic; on S3A a rename is a copy and a delete, so a reader may see a folder being filled. A failed write
 * deletes its temporary folder.
 */
final class ModelBundleWriter {
  private ModelBundleWriter() {}

  static void write(HadoopFiles files, String directory, AutoencoderModel model) {
    String target = files.qualified(directory);
    String staging = target + ".tmp-" + UUID.randomUUID();
    AutoencoderModel.BundleFiles bundle = AutoencoderModel.BundleFiles.of(model.scoringModel());
    try {
      files.write(HadoopFiles.child(staging, AutoencoderModel.BundleFiles.NETWORK_FILE), bundle.networkJson());
      files.write(HadoopFiles.child(staging, AutoencoderModel.BundleFiles.PARAMETERS_FILE), bundle.parameters());
      files.write(HadoopFiles.child(staging, AutoencoderModel.BundleFiles.NORMALISER_FILE), bundle.normaliserJson());
      files.write(
          HadoopFiles.child(staging, AutoencoderModel.BundleFiles.MANIFEST_FILE),
          Json.toJson(model.manifest()).getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      files.delete(staging);
      throw e;
    }
    if (files.exists(target)) {
      String old = target + ".old-" + UUID.randomUUID();
      files.rename(target, old);
      files.rename(staging, target);
      files.delete(old);
    } else {
      files.rename(staging, target);
    }
  }
}
