package org.ecgautoencoder.commit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.io.Json;

/**
 * What a commit will do, written before it changes anything visible (the commit point of
 * {@link StagedTableCommit}). Paths are relative to the table root, so the journal stays valid whatever URI the
 * root is reached by.
 *
 * @param replacedPartitions partition folders (e.g. {@code run_date=2026-11-27}) that existed before, in the table
 *     or in {@code _rejects}
 * @param addedPartitions partition folders that did not exist before
 * @param rootFiles names of the files replaced at the root, e.g. {@code _manifest.json}
 * @param moves in order; each is replayed idempotently by {@link CommitRollForward}
 */
record CommitJournal(
    String runId,
    List<String> replacedPartitions,
    List<String> addedPartitions,
    List<String> rootFiles,
    List<PlannedMove> moves) {

  CommitJournal {
    replacedPartitions = List.copyOf(replacedPartitions);
    addedPartitions = List.copyOf(addedPartitions);
    rootFiles = List.copyOf(rootFiles);
    moves = List.copyOf(moves);
  }

  /**
   * Replaces whatever is at {@code live} by {@code staged}; a null {@code staged} only deletes {@code live} (the run
   * claimed the partition, e.g. in the table, but has nothing for it here, e.g. no rejects).
   */
  record PlannedMove(String staged, String live) {
    PlannedMove {
      // finish() deletes live recursively: it must name something below the root, never the root or above it
      boolean belowRoot = live != null && !live.contains(":")
          && List.of(live.split("/", -1)).stream().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
      if (!belowRoot) {
        throw new IllegalArgumentException("live path '" + live + "' is not a path below the table root");
      }
    }
  }

  List<String> partitions() {
    List<String> all = new ArrayList<>(replacedPartitions);
    all.addAll(addedPartitions);
    return all;
  }

  String toJson() {
    return Json.toJson(this);
  }

  /**
   * @param source where the text came from, for the message
   * @throws IllegalStateException when the text is not a journal: only this class writes them
   */
  static CommitJournal parse(String text, String source) {
    try {
      JsonNode node = Json.parse(text);
      List<PlannedMove> moves = new ArrayList<>();
      for (JsonNode move : required(node, "moves")) {
        JsonNode staged = move.get("staged");
        moves.add(new PlannedMove(
            staged == null || staged.isNull() ? null : staged.asText(), required(move, "live").asText()));
      }
      return new CommitJournal(
          required(node, "run_id").asText(),
          texts(required(node, "replaced_partitions")),
          texts(required(node, "added_partitions")),
          texts(required(node, "root_files")),
          moves);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Commit journal " + source + " is not readable (" + e.getMessage() + "); the output root needs a look "
              + "by hand: the journal lists the moves of an interrupted commit",
          e);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field " + field + " is missing");
    }
    return value;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
