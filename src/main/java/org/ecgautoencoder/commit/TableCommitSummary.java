package org.ecgautoencoder.commit;

import java.util.List;

/**
 * What one {@link StagedTableCommit#commit} put in place.
 *
 * @param tableRoot the qualified output root, e.g. {@code hdfs://nn/ecg/scores}
 * @param replacedPartitions partition folders (as Spark names them, e.g. {@code run_date=2026-11-27}) whose
 *     previous contents, in the table and in {@code _rejects}, were replaced whole
 * @param addedPartitions partition folders that did not exist before
 * @param rootFiles the files written at the root, e.g. {@code _manifest.json}
 */
public record TableCommitSummary(
    String runId,
    String tableRoot,
    List<String> replacedPartitions,
    List<String> addedPartitions,
    List<String> rootFiles) {

  public TableCommitSummary {
    replacedPartitions = List.copyOf(replacedPartitions);
    addedPartitions = List.copyOf(addedPartitions);
    rootFiles = List.copyOf(rootFiles);
  }
}
