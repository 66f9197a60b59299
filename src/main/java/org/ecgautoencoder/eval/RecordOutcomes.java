package org.ecgautoencoder.eval;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.recording.AamiClass;

/**
 * Counts each record's {@link RecordOutcome} from the scored rows (Spark aggregates; one row per record reaches
 * the driver), and ranks the records by how many beats the threshold misjudged.
 */
final class RecordOutcomes {
  private RecordOutcomes() {}

  /** @param scored the evaluated recording rows with the model's score columns, in record order */
  static List<RecordOutcome> of(Dataset<Row> scored) {
    return scored
        .groupBy(col(BeatColumns.RECORD_ID))
        .agg(
            count(lit(1)), countOf(abnormal()), countOf(abnormal().and(flagged())),
            countOf(normal().and(flagged())))
        .orderBy(col(BeatColumns.RECORD_ID))
        .collectAsList().stream()
        .map(row -> new RecordOutcome(row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)))
        .toList();
  }

  /**
   * The rule for the records the report shows the signal of: those with the most misjudged beats (missed
   * abnormal beats plus false alarms on N), ties by record id; records the threshold judged without fault are
   * never among them.
   */
  static List<RecordOutcome> worst(List<RecordOutcome> outcomes, int count) {
    return outcomes.stream()
        .filter(outcome -> outcome.misjudgedBeats() > 0)
        .sorted(Comparator.comparingLong(RecordOutcome::misjudgedBeats).reversed()
            .thenComparing(RecordOutcome::recordId))
        .limit(count)
        .toList();
  }

  /** A beat the threshold misjudged: abnormal and not flagged, or class N and flagged. */
  static Column misjudged() {
    return abnormal().and(not(flagged())).or(normal().and(flagged()));
  }

  private static Column abnormal() {
    return col(BeatColumns.LABEL).isin(AamiClass.SVEB.label(), AamiClass.VEB.label(), AamiClass.F.label());
  }

  private static Column normal() {
    return col(BeatColumns.LABEL).equalTo(AamiClass.N.label());
  }

  private static Column flagged() {
    return col(ModelColumns.IS_ANOMALY);
  }

  private static Column countOf(Column condition) {
    // sum of nothing is null: a record with no such beat counts 0.
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }
}
