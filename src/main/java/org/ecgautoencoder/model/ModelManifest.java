package org.ecgautoencoder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.ecgautoencoder.score.Threshold;

/**
 * model.json: the readable description of a bundle, and the checksums that guard its other files.
 *
 * @param modelId first 16 hex digits of the sha256 of the parameters and normaliser files
 * @param metrics losses and training-error statistics at the end of training
 * @param config the resolved run configuration, as JSON
 * @param files sha256 of every other file in the bundle
 */
public record ModelManifest(
    int formatVersion,
    String modelId,
    String createdAt,
    int beatLength,
    Threshold threshold,
    String normalisation,
    TrainingSummary training,
    TrainingMetrics metrics,
    DataFingerprint trainingData,
    JsonNode config,
    Map<String, String> libraryVersions,
    Map<String, String> files) {}
