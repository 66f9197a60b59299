package org.ecgautoencoder.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.ecgautoencoder.eval.SignalStrip;
import org.ecgautoencoder.recording.AamiClass;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A strip of a record's lead (time in s from the record's start, amplitude in mV) with a marker on each detected
 * beat's R-peak, red where the model flagged it, a ring on each beat the threshold misjudged, and the matched
 * reference beats' symbols above the trace. Tests read the marker series by their names.
 */
final class StripChart {
  static final String DETECTED = "detected beat, passed as normal";
  static final String FLAGGED = "detected beat, flagged anomalous";
  static final String MISJUDGED = "misjudged: abnormal passed, or N flagged";
  static final String REFERENCE = "reference beat (symbol above)";
  private static final Color TRACE = new Color(0x44, 0x44, 0x44);
  private static final Color PASSED = new Color(0x1f77b4);
  private static final Color ANOMALOUS = new Color(0xd62728);
  private static final Color RING = new Color(0xff7f0e);
  private static final Color REFERENCE_MARK = new Color(0x2ca02c);
  /** The reference markers sit this share of the trace's range above its highest sample, their symbols twice as high. */
  private static final double REFERENCE_ROW = 0.1;

  private StripChart() {}

  static JFreeChart of(SignalStrip strip) {
    XYSeries trace = new XYSeries("lead " + strip.lead(), false, true);
    float[] mv = strip.millivolts();
    double top = Double.NEGATIVE_INFINITY;
    double bottom = Double.POSITIVE_INFINITY;
    for (int i = 0; i < mv.length; i++) {
      trace.add(strip.seconds(strip.startSample() + i), mv[i]);
      top = Math.max(top, mv[i]);
      bottom = Math.min(bottom, mv[i]);
    }
    // A flat trace still gets a readable row: at least 0.5 mV of range.
    double range = Math.max(top - bottom, 0.5);
    double referenceRow = top + REFERENCE_ROW * range;
    double symbolRow = top + 2 * REFERENCE_ROW * range;
    XYSeries passed = new XYSeries(DETECTED, false, true);
    XYSeries flagged = new XYSeries(FLAGGED, false, true);
    XYSeries misjudged = new XYSeries(MISJUDGED, false, true);
    XYSeries reference = new XYSeries(REFERENCE, false, true);
    XYPlot plot = new XYPlot();
    for (SignalStrip.Beat beat : strip.beats()) {
      double t = strip.seconds(beat.rPeakSample());
      double amplitude = strip.millivoltsAt(beat.rPeakSample());
      (beat.flagged() ? flagged : passed).add(t, amplitude);
      if (beat.misjudged()) {
        misjudged.add(t, amplitude);
      }
      if (beat.referenceSymbol() != null) {
        reference.add(t, referenceRow);
        plot.addAnnotation(symbol(beat.referenceSymbol(), t, symbolRow));
      }
    }
    XYSeriesCollection markers = new XYSeriesCollection();
    markers.addSeries(passed);
    markers.addSeries(flagged);
    markers.addSeries(misjudged);
    markers.addSeries(reference);

    NumberAxis time = new NumberAxis("time from the record's start (s)");
    time.setAutoRangeIncludesZero(false);
    // Just enough room for the marker of a beat at either end.
    time.setLowerMargin(0.01);
    time.setUpperMargin(0.01);
    // Seconds into a long record: 1547.5, not the default locale's "1,547.5".
    time.setNumberFormatOverride(new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    NumberAxis amplitude = new NumberAxis("amplitude (mV)");
    amplitude.setAutoRangeIncludesZero(false);
    amplitude.setUpperMargin(0.2);
    plot.setDomainAxis(time);
    plot.setRangeAxis(amplitude);
    plot.setDataset(0, new XYSeriesCollection(trace));
    plot.setRenderer(0, traceRenderer());
    plot.setDataset(1, markers);
    plot.setRenderer(1, markerRenderer());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    JFreeChart chart = new JFreeChart(title(strip), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static String title(SignalStrip strip) {
    long first = strip.startSample();
    long last = first + strip.millivolts().length;
    return String.format(
        Locale.ROOT, "Record %s, lead %s, %.1f-%.1f s: %d of %d beats misjudged", strip.recordId(), strip.lead(),
        strip.seconds(first), strip.seconds(last), strip.misjudgedBeats(), strip.beats().size());
  }

  private static XYTextAnnotation symbol(String symbol, double t, double y) {
    XYTextAnnotation text = new XYTextAnnotation(symbol, t, y);
    text.setTextAnchor(TextAnchor.CENTER);
    boolean abnormal = AamiClass.ofSymbol(symbol) != AamiClass.N;
    text.setFont(new Font(Font.SANS_SERIF, abnormal ? Font.BOLD : Font.PLAIN, 13));
    text.setPaint(abnormal ? ANOMALOUS : Color.BLACK);
    return text;
  }

  private static XYLineAndShapeRenderer traceRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, TRACE);
    renderer.setSeriesStroke(0, new BasicStroke(1.2f));
    return renderer;
  }

  private static XYLineAndShapeRenderer markerRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, PASSED);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setSeriesPaint(1, ANOMALOUS);
    renderer.setSeriesShape(1, diamond(7));
    renderer.setSeriesPaint(2, RING);
    renderer.setSeriesShape(2, new Ellipse2D.Double(-11, -11, 22, 22));
    renderer.setSeriesShapesFilled(2, false);
    renderer.setUseOutlinePaint(false);
    renderer.setDrawOutlines(true);
    renderer.setSeriesOutlineStroke(2, new BasicStroke(2.5f));
    renderer.setSeriesPaint(3, REFERENCE_MARK);
    renderer.setSeriesShape(3, downTriangle(5));
    return renderer;
  }

  private static Shape diamond(double r) {
    Path2D.Double d = new Path2D.Double();
    d.moveTo(0, -r);
    d.lineTo(r, 0);
    d.lineTo(0, r);
    d.lineTo(-r, 0);
    d.closePath();
    return d;
  }

  private static Shape downTriangle(double r) {
    Path2D.Double t = new Path2D.Double();
    t.moveTo(-r, -r);
    t.lineTo(r, -r);
    t.lineTo(0, r);
    t.closePath();
    return t;
  }
}
