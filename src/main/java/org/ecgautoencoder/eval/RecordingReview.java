package org.ecgautoencoder.eval;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.RecordingColumns;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.recording.RecordingSummary;

/**
 * What the report shows per evaluated recording, as a recipe: each record's outcome at the threshold (Spark
 * aggregates) -> the {@link #STRIPS} records with the most misjudged beats ({@link RecordOutcomes#worst}) -> in
 * each, the {@link StripWindow} with the most of them (their R-peak times reach the driver) -> the evaluated beats
 * in it (a dozen rows) and the lead's samples there ({@link StripSignal}, read on the driver).
 *
 * @param records every evaluated record's outcome, in record order
 * @param strips the worst records' strips, worst first; empty when the threshold misjudged no beat
 */
public record RecordingReview(List<RecordOutcome> records, List<SignalStrip> strips) {
  /** Records the report shows the signal of: a page's worth, not a record-by-record review. */
  static final int STRIPS = 3;

  /**
   * @param scored the evaluated rows ({@link RecordingColumns}) with the model's score columns
   * @param evaluated the evaluated records' summaries: their files, leads and lengths
   */
  static RecordingReview of(
      Dataset<Row> scored, List<RecordingSummary> evaluated, InputFormat format, Configuration conf) {
    List<RecordOutcome> records = RecordOutcomes.of(scored);
    Map<String, RecordingSummary> summaries =
        evaluated.stream().collect(Collectors.toMap(RecordingSummary::recordId, Function.identity()));
    List<SignalStrip> strips = new ArrayList<>();
    for (RecordOutcome worst : RecordOutcomes.worst(records, STRIPS)) {
      RecordingSummary summary = summaries.get(worst.recordId());
      if (summary == null) {
        throw new IllegalStateException("Record " + worst.recordId() + " was scored but has no reading summary");
      }
      StripWindow window = StripWindow.around(misjudgedSeconds(scored, worst.recordId()), summary.durationSeconds());
      long from = Math.round(window.startSeconds() * summary.samplingFrequencyHz());
      long to = Math.round(window.endSeconds() * summary.samplingFrequencyHz());
      strips.add(
          new SignalStrip(
              summary.recordId(), summary.lead(), summary.samplingFrequencyHz(), from,
              StripSignal.read(conf, format, summary, from, to), beats(scored, worst.recordId(), from, to), worst));
    }
    return new RecordingReview(records, strips);
  }

  /** The R-peak times of a record's misjudged beats: at most the record's beats, 8 bytes each. */
  private static double[] misjudgedSeconds(Dataset<Row> scored, String recordId) {
    return scored
        .where(col(BeatColumns.RECORD_ID).equalTo(recordId).and(RecordOutcomes.misjudged()))
        .select(col(RecordingColumns.R_PEAK_SECONDS))
        .collectAsList().stream()
        .mapToDouble(row -> row.getDouble(0))
        .toArray();
  }

  private static List<SignalStrip.Beat> beats(Dataset<Row> scored, String recordId, long from, long to) {
    return scored
        .where(
            col(BeatColumns.RECORD_ID).equalTo(recordId)
                .and(col(RecordingColumns.R_PEAK_SAMPLE).geq(from))
                .and(col(RecordingColumns.R_PEAK_SAMPLE).lt(to)))
        .select(
            col(RecordingColumns.R_PEAK_SAMPLE), col(RecordingColumns.REFERENCE_SYMBOL), col(ModelColumns.IS_ANOMALY),
            coalesce(RecordOutcomes.misjudged(), lit(false)))
        .orderBy(col(RecordingColumns.R_PEAK_SAMPLE))
        .collectAsList().stream()
        .map(row -> new SignalStrip.Beat(row.getLong(0), row.getString(1), row.getBoolean(2), row.getBoolean(3)))
        .toList();
  }
}
