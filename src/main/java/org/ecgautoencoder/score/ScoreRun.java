package org.ecgautoencoder.score;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.ecgautoencoder.config.ScoreConfig;

/**
 * One run of writing scores into a table: its id (also its staging folder's name), when it started, the model
 * behind the scores and the partition it replaces.
 *
 * @param runId {@code yyyyMMdd'T'HHmmss'Z'-xxxxxxxx}: sorts by start, unique
 * @param partition the partition column and value: the configured value, or the start date (UTC)
 */
public record ScoreRun(String runId, Instant started, ScoreManifest.Model model, ScoreManifest.Partition partition) {

  public static ScoreRun start(ScoreManifest.Model model, ScoreConfig score) {
    ScoreTable.requireFreePartitionColumn(score.partitionColumn());
    Instant started = Instant.now();
    String value =
        score.partitionValue().isEmpty()
            ? DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC))
            : score.partitionValue();
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(started.atZone(ZoneOffset.UTC)) + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    return new ScoreRun(runId, started, model, new ScoreManifest.Partition(score.partitionColumn(), value));
  }
}
