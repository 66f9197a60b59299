package org.ecgautoencoder.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecgautoencoder.eval.RecordOutcome;
import org.ecgautoencoder.eval.RecordingMetrics;
import org.ecgautoencoder.eval.RecordingMetrics.Detection;
import org.ecgautoencoder.eval.SignalStrip;

/**
 * The evaluation report's part for annotated recordings: a table per record (beat detection against the reference
 * annotations, and the model's judgement of its beats), a table per AAMI class, and the signal strips of the
 * records the threshold misjudged most.
 */
final class RecordingSection {
  private RecordingSection() {}

  /** @return the strips' file names, in page order */
  static List<String> append(Path dir, StringBuilder body, ReportData.Recordings recordings) throws IOException {
    RecordingMetrics metrics = recordings.metrics();
    body.append(Html.heading(2, "Records"));
    body.append(Html.paragraph(
        "Per evaluated record: the beats detected and scored, the R-peak detection against the reference beats"
            + " (ANSI/AAMI EC57 sensitivity Se and positive predictivity +P), and the model's judgement at the"
            + " threshold. Abnormal means AAMI class SVEB, VEB or F."));
    body.append(Html.grid(
        List.of("record", "beats", "reference beats", "detection Se", "detection +P", "abnormal beats",
            "flagged abnormal", "false alarms on N"),
        recordRows(recordings.review().records(), metrics.detectionByRecord())));
    body.append(Html.heading(2, "AAMI classes"));
    body.append(Html.paragraph(String.format(
        Locale.ROOT, "Each abnormal class against class N by the reconstruction error; recall at the threshold."
            + " Class N: %d beats, %s flagged (false alarm rate).", metrics.normalBeats(),
        number(metrics.normalFalseAlarmRate()))));
    body.append(Html.grid(
        List.of("class", "beats", "ROC AUC (against N)", "recall"),
        metrics.classes().stream()
            .map(c -> List.of(c.name(), Long.toString(c.beats()), number(c.rocAuc()), number(c.recall())))
            .toList()));
    return strips(dir, body, recordings.review().strips());
  }

  private static List<List<String>> recordRows(List<RecordOutcome> records, List<Detection> detections) {
    Map<String, Detection> byRecord =
        detections.stream().collect(Collectors.toMap(Detection::record, Function.identity()));
    List<List<String>> rows = new ArrayList<>();
    for (RecordOutcome record : records) {
      Detection detection = byRecord.get(record.recordId());
      rows.add(List.of(
          record.recordId(), Long.toString(record.beats()),
          detection == null ? "-" : Long.toString(detection.referenceBeats()),
          detection == null ? "-" : number(detection.sensitivity()),
          detection == null ? "-" : number(detection.positivePredictivity()),
          Long.toString(record.abnormalBeats()), Long.toString(record.flaggedAbnormal()),
          Long.toString(record.falseAlarmsOnN())));
    }
    return rows;
  }

  private static List<String> strips(Path dir, StringBuilder body, List<SignalStrip> strips) throws IOException {
    body.append(Html.heading(2, "Where the worst records went wrong"));
    if (strips.isEmpty()) {
      body.append(Html.paragraph("The threshold misjudged no beat of the evaluated records: no strip to show."));
      return List.of();
    }
    body.append(Html.paragraph(
        "The " + strips.size() + " record(s) with the most misjudged beats (abnormal beats passed as normal plus"
            + " class-N beats flagged), each over the 10 s holding the most of them, on the lead the beats were"
            + " found on. Reference symbols are those of the reference beats matched to a detected beat; a"
            + " reference beat no detection matched is not drawn."));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < strips.size(); i++) {
      SignalStrip strip = strips.get(i);
      RecordOutcome outcome = strip.outcome();
      body.append(Html.paragraph(String.format(
          Locale.ROOT, "Record %s: %d abnormal beats missed of %d, %d false alarms on N, over its %d beats.",
          strip.recordId(), outcome.missedAbnormal(), outcome.abnormalBeats(), outcome.falseAlarmsOnN(),
          outcome.beats())));
      String file = "strip-" + (i + 1) + ".png";
      RunReport.appendChart(dir, body, file, StripChart.of(strip));
      files.add(file);
    }
    return files;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }
}
