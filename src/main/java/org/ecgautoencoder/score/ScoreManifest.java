package org.ecgautoencoder.score;

import java.util.List;
import java.util.Map;

/**
 * OUTPUT/_manifest.json: what a score run read and wrote. Counts are taken from the files written (not from
 * task counters, which retries can inflate), so they match what any Parquet reader sees.
 *
 * @param status "committed", or "failed" (then only under OUTPUT/_failed_runs/RUN_ID/)
 * @param recordsRead rows read: scored + rejected
 * @param rejectedByReason rejected rows per {@link org.ecgautoencoder.io.RejectReason}
 * @param seconds from the start of reading to the commit
 */
public record ScoreManifest(
    String runId,
    String status,
    String startedAt,
    String finishedAt,
    List<String> inputs,
    String inputFormat,
    int inputFiles,
    long inputBytes,
    String modelId,
    String modelPath,
    double threshold,
    String partitionColumn,
    String partitionValue,
    long recordsRead,
    long recordsScored,
    long recordsRejected,
    Map<String, Long> rejectedByReason,
    long anomalies,
    double anomalyRate,
    double seconds,
    double recordsPerSecond,
    String table,
    String rejects,
    boolean ioBaseline) {
  /** The same counts for a run that was refused, with its rejects kept at {@code keptRejects}. */
  ScoreManifest failed(String keptRejects) {
    return new ScoreManifest(
        runId, "failed", startedAt, finishedAt, inputs, inputFormat, inputFiles, inputBytes, modelId, modelPath,
        threshold, partitionColumn, partitionValue, recordsRead, recordsScored, recordsRejected, rejectedByReason,
        anomalies, anomalyRate, seconds, recordsPerSecond, table, keptRejects, ioBaseline);
  }
}
