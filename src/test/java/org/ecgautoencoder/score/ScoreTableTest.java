package org.ecgautoencoder.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

  @Test
  void aPartitionColumnNamedLikeATableColumnIsRefusedWithTheReservedNames() {
    // As a folder name, "label" became a second label column: every read of the table was AMBIGUOUS_REFERENCE.
    assertThatThrownBy(() -> ScoreTable.requireFreePartitionColumn("label"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid config: score.partition-column = \"label\"; allowed: a name none of the")
        .hasMessageContaining("record_id, ")
        .hasMessageContaining("reconstruction_error")
        .hasMessageNotContaining("\n");
    assertThat(ScoreTable.RESERVED_COLUMNS)
        .contains("record_id", "source_file", "row_index", "label", "lead", "beat_index", "reference_class",
            "reconstruction_error", "threshold", "is_anomaly", "verdict", "model_id", "scored_at", "segment_errors",
            "latent_code", "reason", "raw_text", "anomalies_per_hour")
        .doesNotContain("run_date");
  }

  @Test
  void theDefaultAndOtherNewNamesAreFree() {
    ScoreTable.requireFreePartitionColumn("run_date");
    ScoreTable.requireFreePartitionColumn("batch");
  }
}
