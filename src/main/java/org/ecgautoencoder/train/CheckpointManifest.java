package org.ecgautoencoder.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ecgautoencoder.model.DataFingerprint;

/**
 * checkpoint.json: what a checkpoint holds besides the network, and what a resumed run must match.
 *
 * @param settings the configuration sections that shape the training trajectory (see {@link TrainingCheckpoints})
 * @param data the normal training rows the epochs were fitted on
 */
public record CheckpointManifest(
    int epoch, List<EpochLoss> history, double elapsedSeconds, JsonNode settings, DataFingerprint data, String writtenAt) {}
