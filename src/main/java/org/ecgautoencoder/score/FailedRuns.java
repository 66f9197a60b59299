package org.ecgautoencoder.score;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.io.Json;

/**
 * Where a run refused by the reject limit keeps its rejects and manifest: OUTPUT/_failed_runs/RUN_ID/, out
 * of the table and its _rejects (which keep the previous run's data), and not cleaned by later runs.
 */
final class FailedRuns {
  static final String FOLDER = "_failed_runs";

  private FailedRuns() {}

  static Path keepRejects(Configuration conf, ScoreManifest manifest, String stagedRejects) {
    Path runFolder = new Path(new Path(manifest.table(), FOLDER), manifest.runId());
    Path kept = new Path(runFolder, "_rejects");
    try {
      FileSystem fs = runFolder.getFileSystem(conf);
      fs.mkdirs(runFolder);
      Path staged = new Path(stagedRejects);
      if (fs.exists(staged) && !fs.rename(staged, kept)) {
        throw new IOException("rename " + staged + " -> " + kept + " returned false");
      }
      ScoreManifest failed = manifest.failed(kept.toString());
      try (OutputStream out = fs.create(new Path(runFolder, ScoreTableWriter.MANIFEST_FILE), true)) {
        out.write(Json.toJson(failed).getBytes(StandardCharsets.UTF_8));
      }
      return kept;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the rejects of failed run " + manifest.runId() + " in " + kept, e);
    }
  }
}
