package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How the score job writes its table.
 *
 * @param partitionColumn the column the output table is partitioned by; every row of a run has the same value
 * @param partitionValue that value; "" means the run's start date (UTC, yyyy-MM-dd)
 * @param batchSize rows per forward pass
 * @param segmentErrors K > 0 adds the mean absolute error of each of K equal segments of the beat; 0 = off
 * @param latentCode whether rows carry the bottleneck layer's activations
 * @param progressIntervalSeconds how often long runs log records done, rate and ETA
 */
public record ScoreConfig(
    String partitionColumn,
    String partitionValue,
    int batchSize,
    int segmentErrors,
    boolean latentCode,
    int progressIntervalSeconds,
    boolean report)
    implements Serializable {
  private static final Pattern COLUMN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  // Kept to characters that need no escaping in a directory name on every filesystem.
  private static final Pattern PARTITION_VALUE = Pattern.compile("[A-Za-z0-9._-]*");

  public ScoreConfig {
    ConfigChecks.check(
        COLUMN_NAME.matcher(partitionColumn).matches(), "score.partition-column", "\"" + partitionColumn + "\"",
        "a lower-case column name ([a-z_][a-z0-9_]*)");
    ConfigChecks.check(
        PARTITION_VALUE.matcher(partitionValue).matches(), "score.partition-value", "\"" + partitionValue + "\"",
        "letters, digits, '.', '_' and '-' only (or \"\" for the run's date)");
    ConfigChecks.atLeast(batchSize, 1, "score.batch-size");
    ConfigChecks.atLeast(segmentErrors, 0, "score.segment-errors");
    ConfigChecks.atLeast(progressIntervalSeconds, 1, "score.progress-interval-seconds");
  }
}
