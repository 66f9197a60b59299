package org.ecgautoencoder.score;

import java.util.List;
import java.util.Map;
import org.ecgautoencoder.model.AutoencoderModel;

/**
 * _manifest.json of a scores table (the score job's, evaluate's OUTPUT/scores): what a run read and wrote.
 * Counts are taken from the files written (not from task counters, which retries can inflate), so they match
 * what any Parquet reader sees.
 *
 * @param status "committed", or "failed" (then only under OUTPUT/_failed_runs/RUN_ID/)
 * @param table the table's root
 * @param rejects where its rejected rows are
 * @param records recordings only: the per-record summary table ({@link RecordSummaryTable}); null for tables of beats
 */
public record ScoreManifest(
    String runId, String status, Timing timing, Input input, Model model, Partition partition, Counts counts,
    String table, String rejects, String records) {

  /**
   * @param startedAt and {@code finishedAt}: ISO-8601 instants, UTC
   * @param seconds from the start of reading to the commit
   */
  public record Timing(String startedAt, String finishedAt, double seconds, double recordsPerSecond) {}

  /** @param format "csv", "parquet", "wfdb" or "edf" */
  public record Input(List<String> paths, String format, int files, long bytes) {}

  /** @param id the model id, or what stood in for a model (the benchmark's I/O baseline) */
  public record Model(String id, String path, double threshold) {
    /** The model that scores the run, as loaded from {@code path}. */
    public static Model of(AutoencoderModel model, String path) {
      return new Model(model.id(), path, model.threshold().value());
    }
  }

  public record Partition(String column, String value) {}

  /**
   * @param read rows read: the valid rows (all scored, except by evaluate on the split's test rows) + rejected
   * @param rejectedByReason rejected rows per {@link org.ecgautoencoder.io.RejectReason}
   */
  /**
   * @param duplicateIds scored rows whose record_id an earlier scored row of the run already has; null when the
   *     ids are the rows' positions (source file and row), which cannot repeat
   */
  public record Counts(
      long read, long scored, long rejected, Map<String, Long> rejectedByReason, long anomalies, double anomalyRate,
      Long duplicateIds) {}

  /** The same run, refused, with its rejects kept at {@code keptRejects}. */
  ScoreManifest failed(String keptRejects) {
    return new ScoreManifest(runId, "failed", timing, input, model, partition, counts, table, keptRejects, records);
  }
}
