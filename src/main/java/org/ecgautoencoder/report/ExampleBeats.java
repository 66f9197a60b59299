package org.ecgautoencoder.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.BeatRows;
import org.ecgautoencoder.inference.ReconstructionErrors;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.report.ReportData.ExampleBeat;
import org.nd4j.linalg.api.ndarray.INDArray;

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
   * @param rows rows of {@link BeatColumns}; the first of each kind in their order (file order, as the reader
   *     gives them) is shown. No sort: Spark's generated sort code does not compile in the notebooks' shell.
   */
  public static Pair of(Dataset<Row> rows, AutoencoderModel model, Set<Double> normalLabels) {
    Dataset<Row> labelled = rows.where(col(BeatColumns.LABEL).isNotNull());
    Dataset<Row> normal = labelled.where(col(BeatColumns.LABEL).isin(normalLabels.toArray())).limit(1);
    Dataset<Row> abnormal = labelled.where(not(col(BeatColumns.LABEL).isin(normalLabels.toArray()))).limit(1);
    MultiLayerNetwork network = model.network();
    return new Pair(example(normal, network, model, normalLabels), example(abnormal, network, model, normalLabels));
  }

  private static ExampleBeat example(
      Dataset<Row> one, MultiLayerNetwork network, AutoencoderModel model, Set<Double> normalLabels) {
    List<BeatRecord> beats = BeatRows.records(one, BeatColumns.BEAT, BeatColumns.LABEL, normalLabels).collect();
    if (beats.isEmpty()) {
      return null;
    }
    BeatRecord beat = beats.get(0);
    INDArray features = BatchBuilder.features(List.of(beat), model.normaliser());
    INDArray reconstruction = network.output(features, false);
    double error = ReconstructionErrors.meanAbsoluteError(reconstruction, features)[0];
    return new ExampleBeat(
        beat.recordId(), beat.samples(), features.toFloatVector(), reconstruction.toFloatVector(), error);
  }
}
