package org.ecgautoencoder.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.ecgautoencoder.model.DataFingerprint;
import org.ecgautoencoder.model.EpochLoss;

/**
 * checkpoint.json: what a checkpoint holds besides the network, what a resumed run must match, and the sha256
 * of the checkpoint's other files.
 *
 * @param settings the configuration sections that shape the training trajectory (see {@link TrainingCheckpoints})
 * @param data the normal training rows the epochs were fitted on
 */
public record CheckpointManifest(
    int epoch, List<EpochLoss> history, double elapsedSeconds, JsonNode settings, DataFingerprint data,
    String writtenAt, Map<String, String> files) {}
