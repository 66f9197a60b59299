package org.ecgautoencoder.derive;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.io.HadoopFiles;

/**
 * A job output that a rerun replaces whole (encode, denoise), written beside it first: the job writes into
 * {@link #staged()} (a hidden sibling, {@code .NAME.staging-RUN}), and only a run that passes its checks swaps it
 * in. A refused or failed run leaves the previous output as it was; a refused run's rejects are kept in {@code
 * NAME.failed/RUN/_rejects}. The swap deletes the old folder, then renames the new one into place: readers see
 * the old output, the new one, or (between the two steps, a moment on HDFS and local disks) none, never a mix.
 */
final class ReplacedOutput {
  private static final DateTimeFormatter RUN_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final HadoopFiles files;
  private final String output;
  private final String runId;
  private final String staged;

  ReplacedOutput(HadoopFiles files, String output) {
    this.files = files;
    this.output = files.qualified(output);
    this.runId = RUN_STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    Path path = new Path(this.output);
    this.staged = new Path(path.getParent(), "." + path.getName() + ".staging-" + runId).toString();
  }

  /** Where the run writes the whole new output. */
  String staged() {
    return staged;
  }

  /** Replaces the output with what was staged. */
  void commit() {
    files.delete(output);
    files.rename(staged, output);
  }

  /**
   * Keeps the staged rejects of a refused run and deletes the rest; the previous output is untouched.
   *
   * @return where the rejects are now, or null when the run had none
   */
  String keepRejects(String stagedRejects) {
    String kept = null;
    if (files.exists(stagedRejects)) {
      kept = HadoopFiles.child(HadoopFiles.child(output + ".failed", runId), "_rejects");
      files.mkdirs(new Path(kept).getParent().toString());
      files.rename(stagedRejects, kept);
    }
    abort();
    return kept;
  }

  /** Deletes what the run staged. */
  void abort() {
    files.delete(staged);
  }
}
