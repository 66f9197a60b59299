package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.RecordingColumns;
import org.ecgautoencoder.io.RejectsWriter;
import org.ecgautoencoder.model.ModelColumns;

/**
 * The scores table every job that writes scores writes (score's table, evaluate's OUTPUT/scores; columns
 * documented in README.md, "Outputs"): the reader's row columns, the model's score columns, then per-run
 * constants (model id, scored_at, partition value) and the verdict, added by Spark expressions, which cost
 * nothing per row in Java. The beat itself is not kept.
 */
public final class ScoreTable {
  public static final String VERDICT = "verdict";
  public static final String MODEL_ID = "model_id";
  public static final String SCORED_AT = "scored_at";
  /**
   * Names score.partition-column may not take: the columns of the scores table, of its rejects and of the
   * recordings' per-record table, which share its partitions. Spark reads the partition folder's name back as a
   * column, so a partition named like a data column makes every read of the table ambiguous (AMBIGUOUS_REFERENCE),
   * and in the rejects withColumn would overwrite that column.
   */
  public static final SortedSet<String> RESERVED_COLUMNS = reservedColumns();

  private ScoreTable() {}

  /** Refuses, before any work, a partition column the tables already have. */
  public static void requireFreePartitionColumn(String column) {
    if (RESERVED_COLUMNS.contains(column)) {
      throw new IllegalArgumentException(
          "Invalid config: score.partition-column = \"" + column + "\"; allowed: a name none of the scores table's,"
              + " its rejects' or its per-record table's columns has (not " + String.join(", ", RESERVED_COLUMNS) + ")");
    }
  }

  private static SortedSet<String> reservedColumns() {
    SortedSet<String> names = new TreeSet<>(List.of(
        BeatColumns.RECORD_ID, BeatColumns.SOURCE_FILE, BeatColumns.ROW_INDEX, BeatColumns.LABEL,
        ModelColumns.RECONSTRUCTION_ERROR, ModelColumns.THRESHOLD, ModelColumns.IS_ANOMALY, ModelColumns.SEGMENT_ERRORS,
        ModelColumns.LATENT_CODE, VERDICT, MODEL_ID, SCORED_AT));
    names.addAll(RecordingColumns.BEAT_PLACE);
    names.addAll(List.of(RejectsWriter.SCHEMA.fieldNames()));
    names.addAll(List.of(RecordSummaryTable.SCHEMA.fieldNames()));
    return Collections.unmodifiableSortedSet(names);
  }

  /** @param scored {@link org.ecgautoencoder.model.AutoencoderModel#transform} over {@link BeatColumns} rows */
  public static Dataset<Row> outputColumns(Dataset<Row> scored, ScoreRun run) {
    List<Column> columns = new ArrayList<>();
    columns.add(col(BeatColumns.RECORD_ID));
    columns.add(col(BeatColumns.SOURCE_FILE));
    columns.add(col(BeatColumns.ROW_INDEX));
    columns.add(col(BeatColumns.LABEL));
    // Beats found in recordings keep their place and rhythm in the record.
    for (String place : RecordingColumns.BEAT_PLACE) {
      if (List.of(scored.columns()).contains(place)) {
        columns.add(col(place));
      }
    }
    columns.add(col(ModelColumns.RECONSTRUCTION_ERROR));
    columns.add(col(ModelColumns.THRESHOLD));
    columns.add(col(ModelColumns.IS_ANOMALY));
    columns.add(when(col(ModelColumns.IS_ANOMALY), lit("ANOMALY")).otherwise(lit("NORMAL")).as(VERDICT));
    columns.add(lit(run.model().id()).as(MODEL_ID));
    columns.add(lit(Timestamp.from(run.started())).as(SCORED_AT));
    for (String optional : List.of(ModelColumns.SEGMENT_ERRORS, ModelColumns.LATENT_CODE)) {
      if (List.of(scored.columns()).contains(optional)) {
        columns.add(col(optional));
      }
    }
    columns.add(lit(run.partition().value()).as(run.partition().column()));
    return scored.select(columns.toArray(Column[]::new));
  }
}
