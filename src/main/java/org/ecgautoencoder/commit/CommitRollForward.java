package org.ecgautoencoder.commit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.io.Json;

/**
 * Carries a written {@link CommitJournal} to completion: the second half of {@link StagedTableCommit#commit}, and the
 * whole of the recovery in {@link StagedTableCommit#begin}. Every step is idempotent and resumable, so a
 * {@link #finish()} that dies anywhere can simply be run again:
 *
 * <ol>
 *   <li>delete {@code _SUCCESS};
 *   <li>for each planned move: delete the live path, then drop a marker {@code .staging/RUN/_cleared/i} saying so
 *       (from then on whatever is at the live path is this run's), then rename the staged path there. A rename that
 *       an object store left half done (it copies file by file) is resumed file by file;
 *   <li>write {@code _SUCCESS}, delete the journal, delete the run's staging.
 * </ol>
 */
final class CommitRollForward {
  static final String SUCCESS = "_SUCCESS";
  static final String STAGING = ".staging";
  static final String JOURNAL_SUFFIX = ".commit.json";

  private final FileSystem fs;
  private final Path root;
  private final CommitJournal journal;
  private final Path staging;

  CommitRollForward(FileSystem fs, Path root, CommitJournal journal) {
    this.fs = fs;
    this.root = root;
    this.journal = journal;
    this.staging = stagingDir(root, journal.runId());
  }

  static Path stagingDir(Path root, String runId) {
    return new Path(new Path(root, STAGING), runId);
  }

  static Path journalFile(Path root, String runId) {
    return new Path(new Path(root, STAGING), runId + JOURNAL_SUFFIX);
  }

  /** Finishes every commit journalled under root's .staging, oldest run id first; returns their journals. */
  static List<CommitJournal> finishInterrupted(FileSystem fs, Path root) throws IOException {
    Path stagingRoot = new Path(root, STAGING);
    List<CommitJournal> finished = new ArrayList<>();
    if (!fs.exists(stagingRoot)) {
      return finished;
    }
    FileStatus[] entries = fs.listStatus(stagingRoot);
    Arrays.sort(entries);
    for (FileStatus entry : entries) {
      if (entry.isFile() && entry.getPath().getName().endsWith(JOURNAL_SUFFIX)) {
        String text;
        try (InputStream in = fs.open(entry.getPath())) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CommitJournal journal = CommitJournal.parse(text, entry.getPath().toString());
        new CommitRollForward(fs, root, journal).finish();
        finished.add(journal);
      }
    }
    return finished;
  }

  void finish() throws IOException {
    fs.delete(new Path(root, SUCCESS), /* recursive= */ false);
    List<CommitJournal.PlannedMove> moves = journal.moves();
    for (int i = 0; i < moves.size(); i++) {
      apply(i, moves.get(i));
    }
    writeAtomically(fs, new Path(staging, "_tmp" + SUCCESS), new Path(root, SUCCESS), successJson());
    fs.delete(journalFile(root, journal.runId()), /* recursive= */ false);
    fs.delete(staging, /* recursive= */ true);
  }

  private void apply(int index, CommitJournal.PlannedMove move) throws IOException {
    Path live = new Path(root, move.live());
    if (move.staged() == null) {
      fs.delete(live, /* recursive= */ true);
      return;
    }
    Path cleared = new Path(new Path(staging, "_cleared"), Integer.toString(index));
    if (!fs.exists(cleared)) {
      fs.delete(live, /* recursive= */ true); // only the previous run's data can be there yet
      fs.create(cleared, /* overwrite= */ true).close();
    }
    Path staged = new Path(root, move.staged());
    if (fs.exists(staged)) {
      moveInto(staged, live);
    } else if (!fs.exists(live)) {
      throw new IllegalStateException(
          "Commit journal of run " + journal.runId() + " plans to move " + staged + " to " + live
              + " but neither exists: something outside the commit deleted them. Check " + root + " by hand, "
              + "then delete " + journalFile(root, journal.runId()) + " to let runs start again");
    }
  }

  /** Renames src to dst; when dst exists, an earlier rename was interrupted half way and its rest is moved over. */
  private void moveInto(Path src, Path dst) throws IOException {
    if (!fs.exists(dst)) {
      fs.mkdirs(dst.getParent());
      rename(fs, src, dst);
    } else if (fs.getFileStatus(src).isFile()) {
      fs.delete(src, /* recursive= */ false); // object stores copy each file whole before deleting its source
    } else {
      for (FileStatus child : fs.listStatus(src)) {
        moveInto(child.getPath(), new Path(dst, child.getPath().getName()));
      }
      fs.delete(src, /* recursive= */ true);
    }
  }

  /** Writes to temp, then renames it over target: readers see the old file, no file, or the whole new one. */
  static void writeAtomically(FileSystem fs, Path temp, Path target, byte[] content) throws IOException {
    try (FSDataOutputStream out = fs.create(temp, /* overwrite= */ true)) {
      out.write(content);
    }
    fs.delete(target, /* recursive= */ false);
    rename(fs, temp, target);
  }

  private static void rename(FileSystem fs, Path src, Path dst) throws IOException {
    if (!fs.rename(src, dst)) {
      throw new IOException("Rename of " + src + " to " + dst + " failed (the filesystem returned false)");
    }
  }

  /** Like the S3A committers' _SUCCESS: a small JSON saying which run wrote what, and when. */
  private byte[] successJson() {
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("committer", StagedTableCommit.class.getSimpleName());
    success.put("run_id", journal.runId());
    success.put("committed_at", Instant.now().toString());
    success.put("replaced_partitions", journal.replacedPartitions());
    success.put("added_partitions", journal.addedPartitions());
    success.put("root_files", journal.rootFiles());
    return Json.toJson(success).getBytes(StandardCharsets.UTF_8);
  }
}
