package org.ecgautoencoder.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.ecgautoencoder.commit.CrashingFileSystem.RenameCrash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ecgautoencoder.io.Json;

/** The commit protocol on the local filesystem, with fake part files and crashes simulated at renames. */
class StagedTableCommitTest {
  private static final String DAY_27 = "run_date=2026-11-27";
  private static final String DAY_28 = "run_date=2026-11-28";
  private static final String DAY_29 = "run_date=2026-11-29";

  @TempDir Path dir;
  private final Configuration conf = new Configuration();

  private Path root() {
    return dir.resolve("scores");
  }

  private StagedTableCommit begin(String runId) {
    return StagedTableCommit.begin(conf, root().toString(), runId);
  }

  private StagedTableCommit beginOn(FileSystem fs, String runId) {
    return StagedTableCommit.begin(fs, new org.apache.hadoop.fs.Path(root().toString()), runId);
  }

  private static Map<String, byte[]> manifest(String text) {
    return Map.of("_manifest.json", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a fake part file as Spark would, below a staged table path given as a Hadoop path. */
  private static void stage(String tablePath, String partition, String file, String content) throws IOException {
    Path target = Path.of(new org.apache.hadoop.fs.Path(tablePath).toUri().getPath()).resolve(partition).resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content);
  }

  /** The first run: two days in the table, rejects for both; Spark's own _SUCCESS inside staging. */
  private void commitFirstRun() throws IOException {
    StagedTableCommit run = begin("run-1");
    stage(run.stagedTablePath(), DAY_27, "part-0.parquet", "t27a");
    stage(run.stagedTablePath(), DAY_27, "part-1.parquet", "t27b");
    stage(run.stagedTablePath(), DAY_28, "part-0.parquet", "t28");
    stage(run.stagedTablePath(), "", "_SUCCESS", "");
    stage(run.stagedRejectsPath(), DAY_27, "part-0.parquet", "r27");
    stage(run.stagedRejectsPath(), DAY_28, "part-0.parquet", "r28");
    run.commit(manifest("m1"));
  }

  /** Every file under the root as relative path to content (_SUCCESS: "run " + its run id); .crc files left out. */
  private Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root())) {
      for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".crc")).toList()) {
        String content = Files.readString(file);
        String name = root().relativize(file).toString();
        files.put(name, name.equals("_SUCCESS") ? "run " + Json.parse(content).get("run_id").asText() : content);
      }
    }
    return files;
  }

  private List<String> stagingEntries() throws IOException {
    try (Stream<Path> entries = Files.list(root().resolve(".staging"))) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
    }
  }

  private static final Map<String, String> FIRST_RUN = Map.of(
      DAY_27 + "/part-0.parquet", "t27a",
      DAY_27 + "/part-1.parquet", "t27b",
      DAY_28 + "/part-0.parquet", "t28",
      "_rejects/" + DAY_27 + "/part-0.parquet", "r27",
      "_rejects/" + DAY_28 + "/part-0.parquet", "r28",
      "_manifest.json", "m1",
      "_SUCCESS", "run run-1");

  @Test
  void firstCommitCreatesPartitionsRejectsRootFilesAndSuccessLast() throws IOException {
    commitFirstRun();

    assertThat(tree()).isEqualTo(FIRST_RUN);
    assertThat(stagingEntries()).isEmpty();
    JsonNode success = Json.parse(Files.readString(root().resolve("_SUCCESS")));
    assertThat(success.get("added_partitions").toString()).isEqualTo("[\"" + DAY_27 + "\",\"" + DAY_28 + "\"]");
    assertThat(success.get("committed_at").asText()).isNotBlank();
  }

  @Test
  void rerunReplacesExactlyItsPartitionInTableAndRejectsAndLeavesOthersAlone() throws IOException {
    commitFirstRun();

    StagedTableCommit run = begin("run-2");
    stage(run.stagedTablePath(), DAY_28, "part-5.parquet", "new28"); // no rejects this time
    stage(run.stagedTablePath(), DAY_29, "part-0.parquet", "t29");
    TableCommitSummary summary = run.commit(manifest("m2"));

    assertThat(summary.replacedPartitions()).containsExactly(DAY_28);
    assertThat(summary.addedPartitions()).containsExactly(DAY_29);
    assertThat(tree()).containsExactlyInAnyOrderEntriesOf(Map.of(
        DAY_27 + "/part-0.parquet", "t27a",
        DAY_27 + "/part-1.parquet", "t27b",
        DAY_28 + "/part-5.parquet", "new28",
        DAY_29 + "/part-0.parquet", "t29",
        "_rejects/" + DAY_27 + "/part-0.parquet", "r27",
        "_manifest.json", "m2",
        "_SUCCESS", "run run-2"));
    assertThat(root().resolve("_rejects/" + DAY_28)).doesNotExist();
  }

  @Test
  void runKilledBeforeCommitLeavesPreviousTableAndNextBeginRemovesItsStaging() throws IOException {
    commitFirstRun();
    StagedTableCommit killed = begin("run-2");
    stage(killed.stagedTablePath(), DAY_28, "part-9.parquet", "half-written");

    assertThat(tree()).containsAllEntriesOf(FIRST_RUN).hasSize(FIRST_RUN.size() + 1);

    StagedTableCommit next = begin("run-3");
    assertThat(next.recoveredRuns()).isEmpty();
    assertThat(stagingEntries()).containsExactly("run-3");
    stage(next.stagedTablePath(), DAY_28, "part-0.parquet", "t28-3");
    next.commit(manifest("m3"));
    assertThat(tree()).contains(entry(DAY_28 + "/part-0.parquet", "t28-3"), entry("_SUCCESS", "run run-3"))
        .doesNotContainKey(DAY_28 + "/part-9.parquet");
  }

  @Test
  void firstRunKilledLeavesNoSuccessAndTheRerunCompletes() throws IOException {
    StagedTableCommit killed = begin("run-1");
    stage(killed.stagedTablePath(), DAY_27, "part-0.parquet", "half");

    assertThat(tree()).containsOnlyKeys(".staging/run-1/table/" + DAY_27 + "/part-0.parquet");

    commitFirstRun();
    assertThat(tree()).isEqualTo(FIRST_RUN);
  }

  @Test
  void commitInterruptedAfterItsJournalIsRolledForwardByTheNextBegin() throws IOException {
    commitFirstRun();
    CrashingFileSystem crashing = new CrashingFileSystem(conf, DAY_29, RenameCrash.BEFORE_RENAME);
    StagedTableCommit run = beginOn(crashing, "run-2");
    stage(run.stagedTablePath(), DAY_28, "part-5.parquet", "new28");
    stage(run.stagedTablePath(), DAY_29, "part-0.parquet", "t29");
    stage(run.stagedRejectsPath(), DAY_29, "part-0.parquet", "r29");

    assertThatThrownBy(() -> run.commit(manifest("m2")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the run is committed and the next begin() on this root finishes it");
    run.abort(); // must keep the staged data the journal needs
    assertThat(tree()).doesNotContainKey("_SUCCESS").contains(entry(DAY_28 + "/part-5.parquet", "new28"))
        .doesNotContainKeys(DAY_29 + "/part-0.parquet", "_rejects/" + DAY_28 + "/part-0.parquet");
    assertThat(stagingEntries()).containsExactly("run-2", "run-2.commit.json");

    StagedTableCommit next = begin("run-3");

    assertThat(next.recoveredRuns()).containsExactly("run-2");
    assertThat(stagingEntries()).containsExactly("run-3");
    assertThat(tree()).containsExactlyInAnyOrderEntriesOf(Map.of(
        DAY_27 + "/part-0.parquet", "t27a",
        DAY_27 + "/part-1.parquet", "t27b",
        DAY_28 + "/part-5.parquet", "new28",
        DAY_29 + "/part-0.parquet", "t29",
        "_rejects/" + DAY_27 + "/part-0.parquet", "r27",
        "_rejects/" + DAY_29 + "/part-0.parquet", "r29",
        "_manifest.json", "m2",
        "_SUCCESS", "run run-2"));
  }

  @Test
  void renameThatAnObjectStoreLeftHalfCopiedIsResumedFileByFile() throws IOException {
    CrashingFileSystem crashing = new CrashingFileSystem(conf, DAY_27, RenameCrash.HALF_WAY_THROUGH_COPY);
    StagedTableCommit run = beginOn(crashing, "run-1");
    stage(run.stagedTablePath(), DAY_27, "part-0.parquet", "t27a");
    stage(run.stagedTablePath(), DAY_27, "part-1.parquet", "t27b");
    assertThatThrownBy(() -> run.commit(Map.of())).isInstanceOf(UncheckedIOException.class);
    assertThat(tree()).containsKeys(DAY_27 + "/part-0.parquet", ".staging/run-1/table/" + DAY_27 + "/part-1.parquet");

    assertThat(begin("run-2").recoveredRuns()).containsExactly("run-1");

    assertThat(tree()).isEqualTo(Map.of(
        DAY_27 + "/part-0.parquet", "t27a", DAY_27 + "/part-1.parquet", "t27b", "_SUCCESS", "run run-1"));
  }

  @Test
  void abortRemovesOnlyThisRunsStaging() throws IOException {
    commitFirstRun();
    StagedTableCommit run = begin("run-2");
    stage(run.stagedTablePath(), DAY_28, "part-5.parquet", "new28");

    run.abort();

    assertThat(stagingEntries()).isEmpty();
    assertThat(tree()).isEqualTo(FIRST_RUN);
    assertThatThrownBy(() -> run.commit(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Run run-2 is aborted");
  }

  @Test
  void partitionNamesAreKeptAsSparkEscapedThem() throws IOException {
    String escaped = "ward=a%2Fb c"; // Spark's folder for the value "a/b c"
    StagedTableCommit run = begin("run-1");
    stage(run.stagedTablePath(), escaped, "part-0.parquet", "t");
    stage(run.stagedRejectsPath(), escaped, "part-0.parquet", "r");

    assertThat(run.commit(Map.of()).addedPartitions()).containsExactly(escaped);

    assertThat(tree()).containsKeys(escaped + "/part-0.parquet", "_rejects/" + escaped + "/part-0.parquet");
  }

  @Test
  void badInputIsRefusedBeforeAnythingVisibleChanges() throws IOException {
    commitFirstRun();
    assertThatThrownBy(() -> begin("run/2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Run id 'run/2' must be letters, digits");
    StagedTableCommit run = begin("run-2");
    stage(run.stagedTablePath(), "", "part-0.parquet", "not partitioned");
    stage(run.stagedTablePath(), DAY_28, "part-5.parquet", "new28");

    assertThatThrownBy(() -> run.commit(Map.of("manifest.json", new byte[0])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'manifest.json' must start with '_'");
    assertThatThrownBy(() -> run.commit(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside a partition folder (col=value)");
    Files.delete(root().resolve(".staging/run-2/table/part-0.parquet"));
    stage(run.stagedRejectsPath(), "day=2026-11-28", "part-0.parquet", "r");
    assertThatThrownBy(() -> run.commit(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("several columns [day, run_date]");

    assertThat(tree()).containsAllEntriesOf(FIRST_RUN);
    assertThat(stagingEntries()).containsExactly("run-2");
  }

  @Test
  void aSecondRunOnTheSameRootMakesTheFirstOnesCommitFail() throws IOException {
    StagedTableCommit first = begin("run-1");
    begin("run-2");

    assertThatThrownBy(() -> first.commit(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another run on").hasMessageContaining("must not overlap");
  }

  @Test
  void journalRoundTripsAndNeverPointsAboveTheRoot() {
    CommitJournal journal = new CommitJournal("run-1", List.of(DAY_27), List.of(), List.of("_manifest.json"),
        List.of(new CommitJournal.PlannedMove(".staging/run-1/table/" + DAY_27, DAY_27),
            new CommitJournal.PlannedMove(null, "_rejects/" + DAY_27)));

    assertThat(CommitJournal.parse(journal.toJson(), "test")).isEqualTo(journal);
    assertThatThrownBy(() -> new CommitJournal.PlannedMove("x", "../other"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CommitJournal.PlannedMove("x", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommitJournal.parse("{\"run_id\": \"r\"}", "J"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Commit journal J is not readable");
  }
}
