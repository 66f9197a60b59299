package org.ecgautoencoder.eval;

import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.recording.AamiClass;
import org.ecgautoencoder.recording.RecordingSummary;

/**
 * metrics.json's part for annotated recordings: how well the beats were found (ANSI/AAMI EC57 beat-by-beat
 * comparison with the reference annotations, gross and per record) and how well each abnormal AAMI class is told
 * from class N by the anomaly score.
 *
 * @param detection gross over every annotated record
 * @param detectionByRecord per annotated record, in record order
 * @param classes abnormal (SVEB + VEB + F), then VEB, SVEB and F, each against N; Q (paced, unclassifiable) beats
 *     are in none of them, as EC57 leaves them out of the class statistics
 * @param normalFalseAlarmRate class-N beats flagged anomalous / class-N beats
 */
public record RecordingMetrics(
    Detection detection, List<Detection> detectionByRecord, List<ClassMetrics> classes, long normalBeats,
    double normalFalseAlarmRate) {

  /**
   * @param record the record's id, or "gross"
   * @param sensitivity Se = TP / (TP + FN)
   * @param positivePredictivity +P = TP / (TP + FP)
   */
  public record Detection(
      String record, long referenceBeats, long truePositives, long falseNegatives, long falsePositives,
      double sensitivity, double positivePredictivity) {
    static Detection of(String record, long reference, long tp, long fn, long fp) {
      return new Detection(
          record, reference, tp, fn, fp, tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn),
          tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp));
    }
  }

  /**
   * @param rocAuc of the anomaly score, this class (positive) against N
   * @param recall this class's beats flagged anomalous at the model's threshold / this class's beats
   */
  public record ClassMetrics(String name, long beats, double rocAuc, double recall) {}

  /**
   * @param errors the anomaly scores of the matched beats, and {@code labels} their AAMI class labels
   */
  static RecordingMetrics of(
      List<RecordingSummary> summaries, double[] errors, double[] labels, double threshold) {
    List<Detection> byRecord = new ArrayList<>();
    long reference = 0;
    long tp = 0;
    long fn = 0;
    long fp = 0;
    for (RecordingSummary summary : summaries) {
      if (!summary.annotated()) {
        continue;
      }
      byRecord.add(
          Detection.of(
              summary.recordId(), summary.referenceBeats(), summary.truePositives(), summary.falseNegatives(),
              summary.falsePositives()));
      reference += summary.referenceBeats();
      tp += summary.truePositives();
      fn += summary.falseNegatives();
      fp += summary.falsePositives();
    }
    List<ClassMetrics> classes = new ArrayList<>();
    classes.add(against(errors, labels, threshold, "abnormal", AamiClass.SVEB, AamiClass.VEB, AamiClass.F));
    classes.add(against(errors, labels, threshold, "VEB", AamiClass.VEB));
    classes.add(against(errors, labels, threshold, "SVEB", AamiClass.SVEB));
    classes.add(against(errors, labels, threshold, "F", AamiClass.F));
    long normal = 0;
    long flaggedNormal = 0;
    for (int i = 0; i < errors.length; i++) {
      if (labels[i] == AamiClass.N.label()) {
        normal++;
        flaggedNormal += errors[i] < threshold ? 0 : 1;
      }
    }
    return new RecordingMetrics(
        Detection.of("gross", reference, tp, fn, fp), byRecord, classes, normal,
        normal == 0 ? Double.NaN : (double) flaggedNormal / normal);
  }

  private static ClassMetrics against(
      double[] errors, double[] labels, double threshold, String name, AamiClass... positives) {
    List<Double> scores = new ArrayList<>();
    List<Boolean> positive = new ArrayList<>();
    long beats = 0;
    long flagged = 0;
    for (int i = 0; i < errors.length; i++) {
      AamiClass beatClass = AamiClass.ofLabel(labels[i]);
      boolean isPositive = List.of(positives).contains(beatClass);
      if (isPositive || beatClass == AamiClass.N) {
        scores.add(errors[i]);
        positive.add(isPositive);
      }
      if (isPositive) {
        beats++;
        flagged += errors[i] < threshold ? 0 : 1;
      }
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] p = new boolean[positive.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = positive.get(i);
    }
    boolean bothSides = beats > 0 && beats < p.length;
    return new ClassMetrics(
        name, beats, bothSides ? RankingMetrics.rocAuc(s, p) : Double.NaN, beats == 0 ? Double.NaN : (double) flagged / beats);
  }
}
