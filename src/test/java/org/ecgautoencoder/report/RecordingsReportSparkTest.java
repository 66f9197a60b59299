package org.ecgautoencoder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.EvaluationPipeline.EvaluationRun;
import org.ecgautoencoder.eval.RecordOutcome;
import org.ecgautoencoder.eval.RecordingMetrics;
import org.ecgautoencoder.eval.SignalStrip;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingPipeline;
import org.ecgautoencoder.train.TrainingStartMode;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation report of annotated recordings, on the four shared MIT-BIH records of RecordingsPipelineSparkTest
 * (each with ventricular beats), all four evaluated: a table per record and per AAMI class, and a strip of signal
 * for each of the three records the threshold misjudged most.
 */
@ExtendWith(SharedSpark.class)
class RecordingsReportSparkTest {
  private static final List<String> RECORDS = List.of("106", "119", "203", "208");
  private static final double MITDB_HZ = 360.0;

  @TempDir static Path dir;
  private static EvaluationRun run;
  private static Path report;

  @BeforeAll
  static void trainThenEvaluateEveryRecord() throws Exception {
    Path records = TestPaths.mitdbRecords(dir.resolve("records"), RECORDS);
    ConfigLoader config =
        ConfigLoader.load(
            Path.of("conf/recordings.conf"),
            List.of(
                "input.paths=[\"" + records + "\"]", "split.test-fraction=0.25", "train.mode=local", "train.epochs=3",
                "evaluate.rows=all"));
    String modelPath =
        new TrainingPipeline(SharedSpark.session(), config).run(dir.resolve("run").toString(), TrainingStartMode.FRESH)
            .modelPath();
    AutoencoderModel model =
        AutoencoderModel.load(modelPath, SharedSpark.session().sparkContext().hadoopConfiguration());
    String output = dir.resolve("evaluation").toString();
    run = new EvaluationPipeline(SharedSpark.session(), config.toEcgConfig()).run(model, modelPath, output);
    report = dir.resolve("evaluation").resolve("report");
    EvaluationReport.write(
        new HadoopFiles(SharedSpark.session().sparkContext().hadoopConfiguration()), report.toString(), model, run);
  }

  @Test
  void thePageShowsAStripForEachOfTheThreeWorstRecordsAndTheTables() throws Exception {
    assertThat(ReportImages.checkedImages(report)).contains("strip-1.png", "strip-2.png", "strip-3.png");
    String page = Files.readString(report.resolve("index.html"));
    assertThat(page)
        .contains(
            "<th>record</th><th>beats</th><th>reference beats</th><th>detection Se</th><th>detection +P</th>"
                + "<th>abnormal beats</th><th>flagged abnormal</th><th>false alarms on N</th>",
            "<th>class</th><th>beats</th><th>ROC AUC (against N)</th><th>recall</th>", "<td>VEB</td>");
    for (String record : RECORDS) {
      assertThat(page).contains("<tr><td>" + record + "</td>");
    }
  }

  @Test
  void theRecordTableAddsUpToTheClassMetrics() {
    List<RecordOutcome> records = run.recordings().records();
    RecordingMetrics.ClassMetrics abnormal = run.metrics().recordings().classes().get(0);

    assertThat(records).extracting(RecordOutcome::recordId).containsExactlyElementsOf(RECORDS);
    assertThat(records.stream().mapToLong(RecordOutcome::beats).sum()).isEqualTo(run.metrics().scoredRows());
    assertThat(records.stream().mapToLong(RecordOutcome::abnormalBeats).sum()).isEqualTo(abnormal.beats());
    assertThat(records.stream().mapToLong(RecordOutcome::flaggedAbnormal).sum())
        .isEqualTo(Math.round(abnormal.recall() * abnormal.beats()));
    assertThat(records.stream().mapToLong(RecordOutcome::falseAlarmsOnN).sum())
        .isEqualTo(Math.round(run.metrics().recordings().normalFalseAlarmRate() * run.metrics().recordings().normalBeats()));
  }

  @Test
  void eachStripIsTenSecondsOfTheLeadAroundMisjudgedBeatsWorstRecordFirst() {
    List<SignalStrip> strips = run.recordings().strips();

    assertThat(strips).hasSize(3);
    assertThat(strips).extracting(strip -> strip.outcome().misjudgedBeats())
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    long fewestShown = strips.get(2).outcome().misjudgedBeats();
    for (RecordOutcome record : run.recordings().records()) {
      if (strips.stream().noneMatch(strip -> strip.recordId().equals(record.recordId()))) {
        assertThat(record.misjudgedBeats()).isLessThanOrEqualTo(fewestShown);
      }
    }
    for (SignalStrip strip : strips) {
      assertThat(strip.lead()).isEqualTo("MLII");
      assertThat(strip.samplingFrequencyHz()).isEqualTo(MITDB_HZ);
      assertThat(strip.millivolts()).hasSize((int) (10 * MITDB_HZ));
      assertThat(strip.misjudgedBeats()).isPositive();
      // 10 s at 40-200 beats per minute.
      assertThat(strip.beats()).hasSizeBetween(6, 34);
      assertThat(strip.beats()).allSatisfy(beat -> assertThat(beat.rPeakSample())
          .isBetween(strip.startSample(), strip.startSample() + strip.millivolts().length - 1));
      // A detected R-peak is a peak of the trace (in either direction): far from the strip's median in mV.
      float[] sorted = strip.millivolts().clone();
      java.util.Arrays.sort(sorted);
      float median = sorted[sorted.length / 2];
      for (SignalStrip.Beat beat : strip.beats()) {
        assertThat(Math.abs(strip.millivoltsAt(beat.rPeakSample()) - median)).isGreaterThan(0.2f);
      }
    }
  }

  @Test
  void theStripChartHasTimeAndAmplitudeAxesAndAMarkerPerBeat() {
    SignalStrip strip = run.recordings().strips().get(0);
    JFreeChart chart = StripChart.of(strip);

    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).contains("(s)");
    assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("amplitude (mV)");
    XYSeriesCollection markers = (XYSeriesCollection) chart.getXYPlot().getDataset(1);
    long flagged = strip.beats().stream().filter(SignalStrip.Beat::flagged).count();
    long referenced = strip.beats().stream().filter(beat -> beat.referenceSymbol() != null).count();
    assertThat(markers.getSeries(StripChart.DETECTED).getItemCount()).isEqualTo(strip.beats().size() - flagged);
    assertThat(markers.getSeries(StripChart.FLAGGED).getItemCount()).isEqualTo(flagged);
    assertThat(markers.getSeries(StripChart.MISJUDGED).getItemCount()).isEqualTo(strip.misjudgedBeats());
    assertThat(markers.getSeries(StripChart.REFERENCE).getItemCount()).isEqualTo(referenced);
    assertThat(chart.getXYPlot().getAnnotations()).hasSize((int) referenced);
    double firstBeat = markers.getSeries(StripChart.REFERENCE).getX(0).doubleValue();
    assertThat(firstBeat).isCloseTo(strip.seconds(strip.beats().stream()
        .filter(beat -> beat.referenceSymbol() != null).findFirst().orElseThrow().rPeakSample()), within(1e-9));
    List<String> legend = new ArrayList<>();
    org.jfree.chart.LegendItemCollection items = chart.getXYPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      legend.add(items.get(i).getLabel());
    }
    assertThat(legend).contains("lead MLII", StripChart.DETECTED, StripChart.FLAGGED, StripChart.MISJUDGED, StripChart.REFERENCE);
  }
}
