package org.ecgautoencoder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.eval.ConfusionMatrix;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.model.EpochLoss;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
  private static final double THRESHOLD = 0.033;

  private static ReportData evaluation() {
    Random random = new Random(3);
    float[] beat = new float[140];
    float[] rebuilt = new float[140];
    for (int i = 0; i < 140; i++) {
      beat[i] = (float) Math.sin(i / 10.0);
      rebuilt[i] = beat[i] + 0.05f * (float) random.nextGaussian();
    }
    ReportData.ExampleBeat example = new ReportData.ExampleBeat("f:1", beat, beat, rebuilt, 0.04);
    List<EpochLoss> history = new ArrayList<>();
    for (int epoch = 1; epoch <= 7; epoch++) {
      history.add(new EpochLoss(epoch, 0.05 / epoch, 0.06 / epoch, epoch));
    }
    double[] test = new double[200];
    boolean[] anomaly = new boolean[200];
    for (int i = 0; i < 200; i++) {
      anomaly[i] = i % 3 == 0;
      test[i] = (anomaly[i] ? 0.05 : 0.02) + 0.005 * random.nextGaussian();
    }
    double[] training = new double[300];
    for (int i = 0; i < 300; i++) {
      training[i] = 0.02 + 0.004 * random.nextGaussian();
    }
    return new ReportData(
        "Evaluation report <test>", Map.of("model id", "abc"), "{\"a\": 1}", history, THRESHOLD,
        new ExampleBeats.Pair(example, example), training,
        new ReportData.Evaluation(test, anomaly, 0.97, 0.93, new ConfusionMatrix(60, 5, 128, 7), null));
  }

  @Test
  void everyImageThePageReferencesIsAValidPng(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report");
    List<String> written = RunReport.write(new HadoopFiles(new Configuration()), target.toString(), evaluation());
    dir = target;

    assertThat(ReportImages.checkedImages(dir)).containsExactlyElementsOf(written);
    assertThat(written)
        .containsExactly(
            "beats.png", "loss.png", "reconstruction-normal.png", "reconstruction-abnormal.png",
            "errors-training.png", "errors-test.png", "roc.png", "precision-recall.png");
    String page = Files.readString(dir.resolve("index.html"));
    assertThat(page).contains("Evaluation report &lt;test&gt;", "false alarms", "&quot;a&quot;: 1");
  }

  @Test
  void aTrainingReportLeavesOutWhatItHasNot(@TempDir Path dir) throws Exception {
    ReportData full = evaluation();
    ReportData training =
        new ReportData(
            "Training report", full.facts(), full.configJson(), full.history(), THRESHOLD, full.examples(),
            full.trainingErrors(), null);

    assertThat(RunReport.write(new HadoopFiles(new Configuration()), dir.toString(), training))
        .containsExactly(
            "beats.png", "loss.png", "reconstruction-normal.png", "reconstruction-abnormal.png", "errors-training.png");
    assertThat(ReportImages.checkedImages(dir)).hasSize(5);
  }

  @Test
  void theThresholdLineSitsAtTheThreshold() {
    JFreeChart chart =
        ReportCharts.errorHistogram("h", List.of("a", "b"), List.of(new double[] {0.01, 0.02}, new double[] {0.05}), THRESHOLD);

    @SuppressWarnings("unchecked")
    List<Marker> markers = new ArrayList<>(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND));
    assertThat(markers).hasSize(1);
    assertThat(((ValueMarker) markers.get(0)).getValue()).isEqualTo(THRESHOLD);
  }

  @Test
  void theLossCurvesHaveOnePointPerEpoch() {
    JFreeChart chart = ReportCharts.loss(evaluation().history());

    assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
    assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(7);
    assertThat(chart.getXYPlot().getDataset().getItemCount(1)).isEqualTo(7);
  }

  @Test
  void aFitWithoutValidationRowsDrawsTheTrainingLossAlone() {
    JFreeChart chart = ReportCharts.loss(List.of(new EpochLoss(1, 0.05, null, 1), new EpochLoss(2, 0.04, null, 2)));
    assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(1);
  }

  @Test
  void rocCurveRunsFromTheOriginToOneOne() {
    double[][] roc = Curves.roc(new double[] {0.9, 0.8, 0.8, 0.1}, new boolean[] {true, false, true, false});

    assertThat(roc[0]).containsExactly(0, 0, 0.5, 1);
    assertThat(roc[1]).containsExactly(0, 0.5, 1, 1);
  }
}
