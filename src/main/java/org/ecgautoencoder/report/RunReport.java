package org.ecgautoencoder.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecgautoencoder.io.HadoopFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes DIR/index.html and its PNG charts beside it: one self-contained folder, no network needed to view
 * it. Returns the charts' file names in page order.
 */
public final class RunReport {
  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);
  static final int WIDTH = 900;
  static final int HEIGHT = 420;

  private RunReport() {}

  /**
   * Writes the report to {@code target} (any Hadoop path), replacing what is there: built in a local temporary
   * folder, then copied.
   *
   * @return the charts' file names, in page order
   */
  public static List<String> write(HadoopFiles files, String target, ReportData data) {
    Path local = localFolder();
    List<String> images = writeLocal(local, data);
    publish(files, local, target);
    LOG.info("Report with {} charts written to {}/index.html", images.size(), target);
    return images;
  }

  static List<String> writeLocal(Path dir, ReportData data) {
    List<String> images = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    try {
      Files.createDirectories(dir);
      body.append(Html.heading(1, data.title()));
      body.append(Html.table(data.facts()));
      ExampleBeats.Pair examples = data.examples();
      if (examples != null && examples.complete()) {
        section(body, "The data", "The first normal and the first abnormal beat of the rows this report covers.");
        chart(dir, body, images, "beats.png", ReportCharts.beats(examples.normal().raw(), examples.abnormal().raw()));
      }
      if (data.history() != null && !data.history().isEmpty()) {
        section(body, "Training", "Mean reconstruction MAE per epoch.");
        chart(dir, body, images, "loss.png", ReportCharts.loss(data.history()));
      }
      if (examples != null && examples.complete()) {
        section(body, "Reconstructions", "Each beat against its reconstruction; the shaded band is the error.");
        chart(dir, body, images, "reconstruction-normal.png", reconstruction("Normal beat " + ReportCharts.shortId(examples.normal().recordId()), examples.normal()));
        chart(dir, body, images, "reconstruction-abnormal.png", reconstruction("Abnormal beat " + ReportCharts.shortId(examples.abnormal().recordId()), examples.abnormal()));
      }
      section(body, "Errors and the threshold", "The vertical line is the threshold: beats at or above it are flagged.");
      if (data.trainingErrors() != null) {
        chart(dir, body, images, "errors-training.png",
            ReportCharts.errorHistogram("Error of the normal training rows", List.of("normal training rows"),
                List.of(data.trainingErrors()), data.threshold()));
      }
      ReportData.Evaluation evaluation = data.evaluation();
      if (evaluation != null) {
        chart(dir, body, images, "errors-test.png",
            ReportCharts.errorHistogram("Error of the evaluated rows by label", List.of("normal", "abnormal"),
                List.of(select(evaluation.errors(), evaluation.isAnomaly(), false), select(evaluation.errors(), evaluation.isAnomaly(), true)),
                data.threshold()));
        section(body, "Ranking", "How well the error alone separates the classes, at every threshold.");
        chart(dir, body, images, "roc.png", ReportCharts.roc(evaluation.errors(), evaluation.isAnomaly(), evaluation.rocAuc()));
        chart(dir, body, images, "precision-recall.png", ReportCharts.precisionRecall(evaluation.errors(), evaluation.isAnomaly(), evaluation.prAuc()));
        section(body, "Confusion matrix", "At the threshold; anomaly is the positive class.");
        body.append(Html.confusion(evaluation.confusion()));
        if (evaluation.recordings() != null) {
          images.addAll(RecordingSection.append(dir, body, evaluation.recordings()));
        }
      }
      section(body, "Configuration", "The resolved configuration of the run.");
      body.append(Html.preformatted(data.configJson()));
      Files.writeString(dir.resolve("index.html"), Html.page(data.title(), body.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report in " + dir, e);
    }
    return images;
  }

  /** A fresh local folder a report is built in before it is copied to its Hadoop path. */
  static Path localFolder() {
    try {
      return Files.createTempDirectory("ecg-report-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary folder for a report", e);
    }
  }

  /** Copies a report built in {@code local} to {@code target} (any Hadoop path), then deletes the local folder. */
  static void publish(HadoopFiles files, Path local, String target) {
    try {
      files.publishLocalFolder(local, target);
    } finally {
      deleteQuietly(local);
    }
  }

  private static void deleteQuietly(Path local) {
    try {
      org.apache.commons.io.FileUtils.deleteDirectory(local.toFile());
    } catch (IOException e) {
      LOG.debug("Could not delete the temporary report folder {}: {}", local, e.toString());
    }
  }

  private static JFreeChart reconstruction(String title, ReportData.ExampleBeat beat) {
    return ReportCharts.reconstruction(title, beat.normalised(), beat.reconstruction(), beat.error());
  }

  private static void section(StringBuilder body, String heading, String text) {
    body.append(Html.heading(2, heading)).append(Html.paragraph(text));
  }

  private static void chart(Path dir, StringBuilder body, List<String> images, String file, JFreeChart chart)
      throws IOException {
    appendChart(dir, body, file, chart);
    images.add(file);
  }

  /** Saves the chart as DIR/FILE and appends its image to the page: one way for every report. */
  static void appendChart(Path dir, StringBuilder body, String file, JFreeChart chart) throws IOException {
    // Charts render off-screen; a scheduler's or executor's JVM has no display.
    System.setProperty("java.awt.headless", "true");
    ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, WIDTH, HEIGHT);
    body.append(Html.image(file, chart.getTitle() == null ? file : chart.getTitle().getText()));
  }

  private static double[] select(double[] values, boolean[] flags, boolean wanted) {
    return java.util.stream.IntStream.range(0, values.length).filter(i -> flags[i] == wanted).mapToDouble(i -> values[i]).toArray();
  }

  /** Facts in a stable order for the page. */
  public static Map<String, String> facts() {
    return new java.util.LinkedHashMap<>();
  }
}
