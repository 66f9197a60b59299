package org.ecgautoencoder.report;

import java.util.Locale;
import java.util.Map;
import org.ecgautoencoder.eval.EvaluationPipeline.EvaluationRun;
import org.ecgautoencoder.eval.MetricsReport;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.model.AutoencoderModel;

/**
 * The evaluate job's report: what the training report shows, for the evaluated rows, with the errors by label,
 * the ROC and precision-recall curves, the confusion matrix and the metrics.
 */
public final class EvaluationReport {
  private EvaluationReport() {}

  public static void write(HadoopFiles files, String target, AutoencoderModel model, EvaluationRun run) {
    MetricsReport metrics = run.metrics();
    RunReport.write(
        files, target,
        new ReportData(
            "Evaluation report: model " + model.id(), facts(model, metrics),
            model.manifest().provenance().config().toPrettyString(), model.training().history(), metrics.threshold(),
            ExampleBeats.of(run.evaluatedRows(), model, run.normalLabels()),
            run.normalTrainingErrors(),
            new ReportData.Evaluation(
                run.errors(), run.isAnomaly(), metrics.rocAuc(), metrics.prAuc(), metrics.confusion(),
                recordings(run))));
  }

  /** Null for tables of beats, whose report has no recordings part. */
  private static ReportData.Recordings recordings(EvaluationRun run) {
    return run.recordings() == null
        ? null
        : new ReportData.Recordings(run.metrics().recordings(), run.recordings());
  }

  private static Map<String, String> facts(AutoencoderModel model, MetricsReport report) {
    Map<String, String> facts = RunReport.facts();
    facts.put("model id", report.modelId());
    facts.put("model type", model.type().name().toLowerCase(Locale.ROOT));
    facts.put("threshold", model.threshold().describe());
    facts.put("evaluated rows", report.scoredRows() + " (" + report.labelledRows() + " labelled)");
    facts.put("accuracy (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().accuracy()));
    facts.put("precision (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().precision()));
    facts.put("recall (normal positive)", String.format(Locale.ROOT, "%.4f", report.normalPositive().recall()));
    facts.put("F1 (anomaly positive)", String.format(Locale.ROOT, "%.4f", report.anomalyPositive().f1()));
    facts.put("ROC AUC", String.format(Locale.ROOT, "%.4f", report.rocAuc()));
    facts.put("PR AUC", String.format(Locale.ROOT, "%.4f", report.prAuc()));
    facts.put("training", report.training() + ", " + report.epochs() + " epochs, "
        + String.format(Locale.ROOT, "%.1f s", report.trainSeconds()));
    return facts;
  }
}
