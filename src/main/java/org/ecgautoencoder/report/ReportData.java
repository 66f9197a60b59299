package org.ecgautoencoder.report;

import java.util.List;
import java.util.Map;
import org.ecgautoencoder.eval.ConfusionMatrix;
import org.ecgautoencoder.eval.RecordingMetrics;
import org.ecgautoencoder.eval.RecordingReview;
import org.ecgautoencoder.model.EpochLoss;

/**
 * What a run report shows. The train job fills the training part; evaluate adds its evaluation. Absent parts
 * (null) are left out of the page.
 *
 * @param title the page's heading, e.g. "Training report"
 * @param facts the key figures as label -> value, in order (model id, threshold rule, metrics)
 * @param configJson the resolved configuration
 * @param examples a normal and an abnormal beat of the rows the report covers, with their reconstructions
 * @param trainingErrors errors of the normal training rows, or null
 * @param evaluation the evaluated rows' errors and metrics, or null (a training report)
 */
public record ReportData(
    String title,
    Map<String, String> facts,
    String configJson,
    List<EpochLoss> history,
    double threshold,
    ExampleBeats.Pair examples,
    double[] trainingErrors,
    Evaluation evaluation) {

  /** A beat shown in the report: as read, and as the network saw and rebuilt it. */
  public record ExampleBeat(String recordId, float[] raw, float[] normalised, float[] reconstruction, double error) {}

  /**
   * The labelled evaluated rows: their errors and true classes, and what the metrics made of them.
   *
   * @param recordings for annotated recordings, their per-record and per-class part; null for tables of beats
   */
  public record Evaluation(
      double[] errors, boolean[] isAnomaly, double rocAuc, double prAuc, ConfusionMatrix confusion,
      Recordings recordings) {}

  /** What evaluating annotated recordings found: metrics.json's part, and each record's outcome and strips. */
  public record Recordings(RecordingMetrics metrics, RecordingReview review) {}
}
