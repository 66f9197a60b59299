package org.ecgautoencoder.commit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ecgautoencoder.commit.CommitJournal.PlannedMove;

/**
 * Reads what a run staged under {@code ROOT/.staging/RUN} and plans its commit: the partitions it claims (the
 * top-level {@code col=value} folders of its table and of its rejects, together) and, for each, the replacement of
 * both the table's and the rejects' folder; then the root files.
 */
final class CommitPlanner {
  static final String TABLE = "table";
  static final String REJECTS = "_rejects";
  static final String ROOT_FILES = "root";

  private final FileSystem fs;
  private final Path root;
  private final String runId;
  private final Path staging;

  CommitPlanner(FileSystem fs, Path root, String runId) {
    this.fs = fs;
    this.root = root;
    this.runId = runId;
    this.staging = CommitRollForward.stagingDir(root, runId);
  }

  /** @param rootFiles names of files already written under {@code .staging/RUN/root/} */
  CommitJournal plan(Collection<String> rootFiles) throws IOException {
    SortedSet<String> partitions = new TreeSet<>(stagedPartitions(TABLE));
    partitions.addAll(stagedPartitions(REJECTS));
    SortedSet<String> columns = new TreeSet<>();
    partitions.forEach(partition -> columns.add(partition.substring(0, partition.indexOf('='))));
    if (columns.size() > 1) {
      throw new IllegalArgumentException("Run " + runId + " staged partitions of several columns " + columns
          + "; the table is partitioned by one: " + partitions);
    }
    List<String> replaced = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<PlannedMove> moves = new ArrayList<>();
    for (String partition : partitions) {
      String rejects = REJECTS + "/" + partition;
      boolean existed = fs.exists(new Path(root, partition)) || fs.exists(new Path(root, rejects));
      (existed ? replaced : added).add(partition);
      moves.add(plannedMove(TABLE + "/" + partition, partition));
      moves.add(plannedMove(rejects, rejects));
    }
    for (String file : rootFiles) {
      moves.add(plannedMove(ROOT_FILES + "/" + file, file));
    }
    return new CommitJournal(runId, replaced, added, List.copyOf(rootFiles), moves);
  }

  /** Nothing staged for a claimed partition (e.g. no rejects): the live one is deleted, not kept beside new data. */
  private PlannedMove plannedMove(String stagedInRun, String live) throws IOException {
    String staged = CommitRollForward.STAGING + "/" + runId + "/" + stagedInRun;
    return new PlannedMove(fs.exists(new Path(root, staged)) ? staged : null, live);
  }

  /** Top-level partition folders of a staged table; Spark's _SUCCESS and hidden files are skipped. */
  private List<String> stagedPartitions(String table) throws IOException {
    Path dir = new Path(staging, table);
    List<String> partitions = new ArrayList<>();
    if (!fs.exists(dir)) {
      return partitions;
    }
    for (FileStatus child : fs.listStatus(dir)) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || (name.startsWith("_") && !name.contains("="))) {
        continue; // what Spark's readers skip too
      }
      if (!child.isDirectory() || name.indexOf('=') < 1) {
        throw new IllegalArgumentException("Staged " + table + " of run " + runId + " has " + child.getPath()
            + " outside a partition folder (col=value); write it with partitionBy(column)");
      }
      partitions.add(name);
    }
    return partitions;
  }
}
