package org.ecgautoencoder.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.inference.NetworkForwardPass;
import org.ecgautoencoder.inference.ScoredBatch;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.report.ReportData.ExampleBeat;

/** Picks the report's example beats (the first normal and the first abnormal row) and reconstructs them. */
public final class ExampleBeats {
  private ExampleBeats() {}

  /** @param normal and {@code abnormal}: either is null when the rows have none of its kind */
  public record Pair(ExampleBeat normal, ExampleBeat abnormal) {
    boolean complete() {
      return normal != null && abnormal != null;
    }
  }

  /**
   * @param rows rows of {@link BeatColumns}; the first of each kind in their partitions' order (file order for
   *     CSV, as the reader gives them) is shown: an RDD's take scans the partitions in order, where a Dataset's
   *     limit under a projection gathers them through a shuffle in whatever order its blocks arrive. No sort:
   *     Spark's generated sort code does not compile in the notebooks' shell.
   */
  public static Pair of(Dataset<Row> rows, AutoencoderModel model, Set<Double> normalLabels) {
    Dataset<Row> labelled = rows.where(col(BeatColumns.LABEL).isNotNull());
    Dataset<Row> normal = labelled.where(col(BeatColumns.LABEL).isin(normalLabels.toArray()));
    Dataset<Row> abnormal = labelled.where(not(col(BeatColumns.LABEL).isin(normalLabels.toArray())));
    return new Pair(example(normal, model, normalLabels), example(abnormal, model, normalLabels));
  }

  /** The first beat of the rows, scored as the jobs score it: the model's forward pass on a batch of one. */
  private static ExampleBeat example(Dataset<Row> rows, AutoencoderModel model, Set<Double> normalLabels) {
    List<BeatRecord> first = BeatRows.records(rows, BeatColumns.BEAT, BeatColumns.LABEL, normalLabels).take(1);
    if (first.isEmpty()) {
      return null;
    }
    BeatRecord beat = first.get(0);
    NetworkForwardPass pass = new NetworkForwardPass(model.network(), model.normaliser(), 1, 0, -1);
    BeatBatch batch = new BeatBatch(1, model.beatLength());
    System.arraycopy(beat.samples(), 0, batch.samples(), 0, beat.samples().length);
    batch.commitSamples();
    ScoredBatch scored = pass.score(batch);
    float[][] normalisedAndRebuilt = pass.beatAndReconstruction(0, model.beatLength());
    return new ExampleBeat(
        beat.recordId(), beat.samples(), normalisedAndRebuilt[0], normalisedAndRebuilt[1], scored.meanAbsoluteErrors()[0]);
  }
}
