package org.ecgautoencoder.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.ecgautoencoder.model.EpochLoss;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, built with JFreeChart; tests read their datasets and markers. */
public final class ReportCharts {
  private static final Color NORMAL = new Color(0x1f77b4);
  private static final Color ABNORMAL = new Color(0xd62728);
  private static final Color THRESHOLD = new Color(0x2ca02c);
  private static final int HISTOGRAM_BINS = 50;

  private ReportCharts() {}

  /** A record id for a chart title: the file name and row, without the folders. */
  public static String shortId(String recordId) {
    return recordId.substring(recordId.lastIndexOf('/') + 1);
  }

  /** A normal and an abnormal beat as they are in the data. */
  public static JFreeChart beats(float[] normal, float[] abnormal) {
    XYSeriesCollection series = new XYSeriesCollection();
    series.addSeries(samples("normal beat", normal));
    series.addSeries(samples("abnormal beat", abnormal));
    JFreeChart chart = lines("A normal and an abnormal beat", "sample", "value", series);
    color(chart, NORMAL, ABNORMAL);
    return chart;
  }

  /** Training and validation loss, one point per epoch. */
  public static JFreeChart loss(List<EpochLoss> history) {
    XYSeries train = new XYSeries("training loss (normal training rows)");
    XYSeries validation = new XYSeries("validation loss (test rows)");
    for (EpochLoss epoch : history) {
      train.add(epoch.epoch(), epoch.trainLoss());
      if (epoch.validationLoss() != null) {
        validation.add(epoch.epoch(), epoch.validationLoss());
      }
    }
    XYSeriesCollection series = new XYSeriesCollection();
    series.addSeries(train);
    if (validation.getItemCount() > 0) {
      series.addSeries(validation);
    }
    JFreeChart chart = lines("Loss per epoch (mean reconstruction MAE)", "epoch", "loss", series);
    color(chart, NORMAL, Color.ORANGE);
    ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setDefaultShapesVisible(true);
    return chart;
  }

  /** The beat and its reconstruction, with the area between them (the error) filled. */
  public static JFreeChart reconstruction(String title, float[] input, float[] reconstruction, double error) {
    XYSeriesCollection series = new XYSeriesCollection();
    series.addSeries(samples("input", input));
    series.addSeries(samples("reconstruction", reconstruction));
    JFreeChart chart = lines(title + String.format(" (MAE %.4f)", error), "sample", "normalised value", series);
    XYDifferenceRenderer band = new XYDifferenceRenderer(new Color(0xd6, 0x27, 0x28, 110), new Color(0xd6, 0x27, 0x28, 110), false);
    band.setSeriesPaint(0, NORMAL);
    band.setSeriesPaint(1, Color.BLACK);
    band.setSeriesStroke(0, new BasicStroke(2f));
    band.setSeriesStroke(1, new BasicStroke(1.5f));
    chart.getXYPlot().setRenderer(band);
    return chart;
  }

  /**
   * Histograms of errors, one per named group, on shared bins, with the threshold drawn as a vertical line
   * at its value.
   */
  public static JFreeChart errorHistogram(String title, List<String> names, List<double[]> groups, double threshold) {
    double min = threshold;
    double max = threshold;
    for (double[] group : groups) {
      for (double e : group) {
        min = Math.min(min, e);
        max = Math.max(max, e);
      }
    }
    HistogramDataset dataset = new HistogramDataset();
    dataset.setType(HistogramType.RELATIVE_FREQUENCY);
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).length > 0) {
        dataset.addSeries(names.get(i), groups.get(i), HISTOGRAM_BINS, min, max);
      }
    }
    XYPlot plot = new XYPlot(dataset, new NumberAxis("reconstruction error"), new NumberAxis("share of rows"), new XYBarRenderer());
    XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 150));
    bars.setSeriesPaint(1, new Color(0xd6, 0x27, 0x28, 150));
    plot.addDomainMarker(thresholdMarker(threshold), Layer.FOREGROUND);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * A histogram from counts already binned (by Spark, over the whole run), with the threshold drawn.
   *
   * @param start the first bin's lower edge
   */
  public static JFreeChart binnedErrors(String title, double start, double width, long[] counts, double threshold) {
    XYSeries bins = new XYSeries("beats", false, false);
    for (int i = 0; i < counts.length; i++) {
      bins.add(start + (i + 0.5) * width, counts[i]);
    }
    XYPlot plot =
        new XYPlot(
            new XYBarDataset(new XYSeriesCollection(bins), width), new NumberAxis("reconstruction error"),
            new NumberAxis("beats"), new XYBarRenderer());
    XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 170));
    plot.addDomainMarker(thresholdMarker(threshold), Layer.FOREGROUND);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static ValueMarker thresholdMarker(double threshold) {
    ValueMarker marker = new ValueMarker(threshold, THRESHOLD, new BasicStroke(2.5f));
    marker.setLabel(String.format("threshold %.4f", threshold));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    return marker;
  }

  public static JFreeChart roc(double[] errors, boolean[] isAnomaly, double auc) {
    double[][] curve = Curves.roc(errors, isAnomaly);
    XYSeriesCollection series = new XYSeriesCollection();
    series.addSeries(points("ROC (anomaly positive)", curve[0], curve[1]));
    series.addSeries(points("chance", new double[] {0, 1}, new double[] {0, 1}));
    JFreeChart chart = lines(String.format("ROC curve, AUC %.4f", auc), "false-positive rate", "true-positive rate", series);
    color(chart, ABNORMAL, Color.GRAY);
    return chart;
  }

  public static JFreeChart precisionRecall(double[] errors, boolean[] isAnomaly, double auc) {
    double[][] curve = Curves.precisionRecall(errors, isAnomaly);
    XYSeriesCollection series = new XYSeriesCollection();
    series.addSeries(points("precision-recall (anomaly positive)", curve[0], curve[1]));
    JFreeChart chart = lines(String.format("Precision-recall curve, average precision %.4f", auc), "recall", "precision", series);
    color(chart, ABNORMAL);
    return chart;
  }

  private static XYSeries samples(String name, float[] values) {
    XYSeries series = new XYSeries(name, false, false);
    for (int i = 0; i < values.length; i++) {
      series.add(i, values[i]);
    }
    return series;
  }

  private static XYSeries points(String name, double[] x, double[] y) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < x.length; i++) {
      series.add(x[i], y[i]);
    }
    return series;
  }

  private static JFreeChart lines(String title, String x, String y, XYSeriesCollection series) {
    NumberAxis yAxis = new NumberAxis(y);
    yAxis.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(series, new NumberAxis(x), yAxis, renderer);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static void color(JFreeChart chart, Color... colors) {
    for (int i = 0; i < colors.length; i++) {
      chart.getXYPlot().getRenderer().setSeriesPaint(i, colors[i]);
      chart.getXYPlot().getRenderer().setSeriesStroke(i, new BasicStroke(2f));
    }
  }
}
