package org.ecgautoencoder.cli;

import org.ecgautoencoder.model.AutoencoderModel;
import org.slf4j.Logger;

/** How the jobs load a bundle: before Spark starts, so a bad one is refused at once, from any Hadoop path. */
final class Models {
  private Models() {}

  static AutoencoderModel load(String path, Logger log) {
    AutoencoderModel model = AutoencoderModel.load(path, CommonOptions.hadoopConfigurationBeforeSpark());
    log.info("Loaded model {} ({}, {} samples per beat) from {}", model.id(), model.type().name().toLowerCase(),
        model.beatLength(), path);
    return model;
  }

  /** score.segment-errors: K segments of a beat of W samples; with K > W some are empty and their error is NaN. */
  static void requireSegmentErrors(AutoencoderModel model, int segments) {
    if (segments > model.beatLength()) {
      throw new IllegalArgumentException(
          "Invalid config: score.segment-errors = " + segments + "; allowed: 0 to " + model.beatLength()
              + " (model " + model.id() + "'s beats have " + model.beatLength() + " samples)");
    }
  }
}
