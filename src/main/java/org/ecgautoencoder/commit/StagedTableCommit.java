package org.ecgautoencoder.commit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a Parquet table partitioned by one column, with its rejects and root files, into an output root (any
 * Hadoop filesystem) with dynamic partition overwrite, never leaving a partial table behind {@code _SUCCESS}.
 *
 * <pre>
 * ROOT/run_date=2026-11-27/part-*   the table; readers skip every name starting with '_' or '.'
 * ROOT/_rejects/run_date=.../       the rejected rows, same partition folders (Spark reads the folder when
 *                                   named, warning "All paths were ignored" because of its '_': harmless)
 * ROOT/_manifest.json, ROOT/_SUCCESS root files given to commit(); _SUCCESS (JSON: run, partitions, time) last
 * ROOT/.staging/RUN/                what run RUN writes before committing: table/, _rejects/, root/
 * ROOT/.staging/RUN.commit.json     the journal: the commit point
 * </pre>
 *
 * <p>{@link #begin} finishes any journalled commit a killed run left (roll forward), deletes the staging of runs
 * that died before their journal, and gives this run an empty {@link #stagingDir()}. The job writes the table
 * into {@link #stagedTablePath()} and the rejects into {@link #stagedRejectsPath()} with {@code partitionBy(col)}.
 * {@link #commit} stages the root files, writes the journal, then {@link CommitRollForward} deletes
 * {@code _SUCCESS}, replaces each staged partition (table and rejects alike) and root file, and writes
 * {@code _SUCCESS}. On failures the driver survives, call {@link #abort()}.
 *
 * <p>Guarantees: a run that fails or is killed before its journal is written changes nothing outside
 * {@code .staging}; the previous table, root files and {@code _SUCCESS} (or its absence) stay as they were. Once
 * the journal exists the run is committed: if the commit is interrupted, {@code _SUCCESS} stays absent until the
 * next {@code begin()} on the root completes it. A partition the run staged, in the table or in the rejects, is
 * replaced whole in both (no file of the old one survives, and old rejects never sit beside new rows);
 * partitions it did not stage are untouched.
 *
 * <p>Limits: one run per output root at a time; there is no lock, and a second {@code begin()} would delete the
 * first run's staging (whose commit then fails, saying so): schedule runs on one root one after the other.
 * Readers that ignore {@code _SUCCESS} can see, during a commit, a mix of old and new partitions and a partition
 * missing between its delete and its rename. Renames are atomic on HDFS and local filesystems; on S3A they copy
 * every file (commit time grows with the data, a partition is visible half-moved meanwhile; an interrupted one
 * is resumed). A partition for which the run has neither rows nor rejects has no folder and is not replaced.
 * Partition folder names are kept as Spark escaped them, never parsed.
 */
public final class StagedTableCommit {
  private static final Logger LOG = LoggerFactory.getLogger(StagedTableCommit.class);
  private static final String STAGING = CommitRollForward.STAGING;
  private static final String TABLE = CommitPlanner.TABLE;
  private static final String REJECTS = CommitPlanner.REJECTS;
  private static final String ROOT_FILES = CommitPlanner.ROOT_FILES;
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern ROOT_FILE_NAME = Pattern.compile("_[A-Za-z0-9][A-Za-z0-9._-]*");

  private enum State { STAGING, COMMITTED, ABORTED }

  private final FileSystem fs;
  private final Path root;
  private final String runId;
  private final Path staging;
  private final List<String> recoveredRuns;
  private State state = State.STAGING;

  private StagedTableCommit(FileSystem fs, Path root, String runId, List<String> recoveredRuns) {
    this.fs = fs;
    this.root = root;
    this.runId = runId;
    this.staging = CommitRollForward.stagingDir(root, runId);
    this.recoveredRuns = List.copyOf(recoveredRuns);
  }

  /** @param runId letters, digits, '-' and '_'; names this run's staging folder and appears in _SUCCESS */
  public static StagedTableCommit begin(Configuration conf, String tableRoot, String runId) {
    Path given = new Path(tableRoot);
    try {
      return begin(given.getFileSystem(conf), given, runId);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open output root " + tableRoot + ": " + e.getMessage(), e);
    }
  }

  static StagedTableCommit begin(FileSystem fs, Path tableRoot, String runId) {
    if (runId == null || !RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException(
          "Run id '" + runId + "' must be letters, digits, '-' and '_' (it names a folder under the output root)");
    }
    Path root = fs.makeQualified(tableRoot);
    try {
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new IllegalArgumentException("Output root " + root + " is a file; give a folder for the table");
      }
      List<String> recovered = new ArrayList<>();
      for (CommitJournal journal : CommitRollForward.finishInterrupted(fs, root)) {
        LOG.info("Finished the interrupted commit of run {} on {}: partitions {}, root files {}",
            journal.runId(), root, journal.partitions(), journal.rootFiles());
        recovered.add(journal.runId());
      }
      removeStaleStaging(fs, new Path(root, STAGING));
      StagedTableCommit commit = new StagedTableCommit(fs, root, runId, recovered);
      fs.mkdirs(commit.staging);
      LOG.info("Run {} stages its output in {}", runId, commit.staging);
      return commit;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot begin run " + runId + " on " + root + ": " + e.getMessage(), e);
    }
  }

  public String runId() {
    return runId;
  }

  public String tableRoot() {
    return root.toString();
  }

  /** Run ids whose interrupted commits {@link #begin} finished. */
  public List<String> recoveredRuns() {
    return recoveredRuns;
  }

  /** This run's own folder; whatever the job leaves here that is not a staged table is deleted, not committed. */
  public String stagingDir() {
    return staging.toString();
  }

  /** Where the job writes the table, partitioned by its one column. */
  public String stagedTablePath() {
    return new Path(staging, TABLE).toString();
  }

  /** Where the job writes the rejects, partitioned by the same column. */
  public String stagedRejectsPath() {
    return new Path(staging, REJECTS).toString();
  }

  /**
   * Puts the staged partitions and {@code rootFiles} in place, then writes {@code _SUCCESS}.
   *
   * @param rootFiles file name (starting with '_', e.g. {@code _manifest.json}) to content
   * @throws IllegalArgumentException when the staged output is not one-column partition folders, or a name is bad
   * @throws UncheckedIOException when the filesystem fails; the message says whether the previous output is
   *     untouched or the next {@code begin()} finishes this commit
   */
  public TableCommitSummary commit(Map<String, byte[]> rootFiles) {
    if (state != State.STAGING) {
      String stateName = state.name().toLowerCase(Locale.ROOT);
      throw new IllegalStateException("Run " + runId + " is " + stateName + "; it cannot commit");
    }
    SortedMap<String, byte[]> files = new TreeMap<>(rootFiles);
    files.keySet().forEach(StagedTableCommit::checkRootFileName);
    long startNanos = System.nanoTime();
    try {
      if (!fs.exists(staging)) {
        throw new IllegalStateException("Staging " + staging + " of run " + runId + " is gone: another run on "
            + root + " removed it. Runs on one output root must not overlap");
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path staged = new Path(new Path(staging, ROOT_FILES), file.getKey());
        try (FSDataOutputStream out = fs.create(staged, /* overwrite= */ true)) {
          out.write(file.getValue());
        }
      }
      CommitJournal journal = new CommitPlanner(fs, root, runId).plan(files.keySet());
      LOG.info("Committing run {} to {}: replacing partitions {}, adding {}, root files {}",
          runId, root, journal.replacedPartitions(), journal.addedPartitions(), journal.rootFiles());
      Path journalFile = CommitRollForward.journalFile(root, runId);
      CommitRollForward.writeAtomically(fs, journalFile.suffix(".tmp"), journalFile,
          journal.toJson().getBytes(StandardCharsets.UTF_8));
      state = State.COMMITTED;
      new CommitRollForward(fs, root, journal).finish();
      LOG.info("Committed run {} to {} in {} ms", runId, root, (System.nanoTime() - startNanos) / 1_000_000);
      return new TableCommitSummary(runId, root.toString(), journal.replacedPartitions(),
          journal.addedPartitions(), journal.rootFiles());
    } catch (IOException e) {
      String outcome = state == State.COMMITTED
          ? "the run is committed and the next begin() on this root finishes it"
          : "nothing outside " + staging + " was changed";
      throw new UncheckedIOException(
          "Commit of run " + runId + " to " + root + " failed (" + outcome + "): " + e.getMessage(), e);
    }
  }

  /**
   * Deletes this run's staging, for failures the driver survives. Does nothing once the journal is written: a
   * commit that failed after that point is finished by the next {@code begin()}, which needs the staged data.
   */
  public void abort() {
    if (state != State.STAGING) {
      return;
    }
    state = State.ABORTED;
    try {
      if (fs.exists(CommitRollForward.journalFile(root, runId))) {
        LOG.warn("Run {} has a commit journal; its staging stays for the next begin() on {}", runId, root);
        return;
      }
      fs.delete(staging, /* recursive= */ true);
      LOG.info("Aborted run {}: removed its staging {}", runId, staging);
    } catch (IOException e) {
      LOG.warn("Aborted run {}, but could not remove its staging {}; the next begin() on {} does: {}",
          runId, staging, root, e.toString());
    }
  }

  private static void checkRootFileName(String name) {
    if (!ROOT_FILE_NAME.matcher(name).matches() || name.equals(CommitRollForward.SUCCESS) || name.equals(REJECTS)) {
      throw new IllegalArgumentException("Root file name '" + name + "' must start with '_' (readers of the table "
          + "skip such names), be a plain file name, and not be _SUCCESS or _rejects");
    }
  }

  /** Every journal is finished by now, so what is left in .staging belongs to runs that never committed. */
  private static void removeStaleStaging(FileSystem fs, Path stagingRoot) throws IOException {
    if (!fs.exists(stagingRoot)) {
      return;
    }
    List<String> stale = Arrays.stream(fs.listStatus(stagingRoot)).map(s -> s.getPath().getName()).sorted().toList();
    fs.delete(stagingRoot, /* recursive= */ true);
    if (!stale.isEmpty()) {
      LOG.info("Removed {} from {}: left by runs that died before committing", stale, stagingRoot);
    }
  }
}
