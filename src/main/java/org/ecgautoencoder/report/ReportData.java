package org.ecgautoencoder.report;

import java.util.List;
import java.util.Map;
import org.ecgautoencoder.eval.ConfusionMatrix;
import org.ecgautoencoder.train.EpochLoss;

/**
 * What a run report shows. The train job fills the training part; evaluate fills everything. Absent parts
 * (null) are left out of the page.
 *
 * @param title the page's heading, e.g. "Training report"
 * @param facts the key figures as label -> value, in order (model id, threshold rule, metrics)
 * @param configJson the resolved configuration
 * @param normalBeat a normal beat from the data (raw values), with its normalised form and reconstruction
 * @param abnormalBeat an abnormal one, likewise
 * @param trainingErrors errors of the normal training rows
 * @param testErrors errors of the labelled evaluated rows, with {@code testIsAnomaly}
 */
public record ReportData(
    String title,
    Map<String, String> facts,
    String configJson,
    List<EpochLoss> history,
    double threshold,
    ExampleBeat normalBeat,
    ExampleBeat abnormalBeat,
    double[] trainingErrors,
    double[] testErrors,
    boolean[] testIsAnomaly,
    Double rocAuc,
    Double prAuc,
    ConfusionMatrix confusion) {

  /** A beat shown in the report: as read, and as the network saw and rebuilt it. */
  public record ExampleBeat(String recordId, float[] raw, float[] normalised, float[] reconstruction, double error) {}
}
