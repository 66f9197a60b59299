package org.ecgautoencoder.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.RecordingColumns;
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

  private ScoreTable() {}

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
