package org.ecgautoencoder.report;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.report.ReportData.ExampleBeat;
import org.ecgautoencoder.score.ReconstructionErrors;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Picks the report's example beats (the first normal and the first abnormal row) and reconstructs them. */
public final class ExampleBeats {
  private ExampleBeats() {}

  /** @return {normal, abnormal}; either is null when the rows have none of its kind */
  public static ExampleBeat[] of(JavaRDD<BeatRecord> rows, MultiLayerNetwork network, Normaliser normaliser) {
    List<BeatRecord> normal = rows.filter(BeatRecord::normal).take(1);
    List<BeatRecord> abnormal = rows.filter(beat -> beat.hasLabel() && !beat.normal()).take(1);
    return new ExampleBeat[] {
      normal.isEmpty() ? null : example(normal.get(0), network, normaliser),
      abnormal.isEmpty() ? null : example(abnormal.get(0), network, normaliser)
    };
  }

  private static ExampleBeat example(BeatRecord beat, MultiLayerNetwork network, Normaliser normaliser) {
    INDArray features = BatchBuilder.features(List.of(beat), normaliser);
    INDArray reconstruction = network.output(features, false);
    double error = ReconstructionErrors.meanAbsoluteError(reconstruction, features)[0];
    return new ExampleBeat(
        beat.recordId(), beat.samples(), features.toFloatVector(), reconstruction.toFloatVector(), error);
  }
}
