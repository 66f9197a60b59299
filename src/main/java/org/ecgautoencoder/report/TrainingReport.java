package org.ecgautoencoder.report;

import java.util.Locale;
import java.util.Map;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.TrainingSummary;
import org.ecgautoencoder.train.TrainingPipeline.TrainingRun;

/** The train job's report: the model, its training, a normal and an abnormal training beat, the training errors. */
public final class TrainingReport {
  private TrainingReport() {}

  public static void write(HadoopFiles files, String target, TrainingRun run) {
    AutoencoderModel model = run.model();
    TrainingSummary summary = model.training();
    RunReport.write(
        files, target,
        new ReportData(
            "Training report: model " + model.id(), facts(model, summary),
            model.manifest().provenance().config().toPrettyString(), summary.history(), model.threshold().value(),
            ExampleBeats.of(run.trainRows(), model, model.trainingConfig().input().normalLabels()),
            run.normalTrainingErrors(), null));
  }

  private static Map<String, String> facts(AutoencoderModel model, TrainingSummary summary) {
    Map<String, String> facts = RunReport.facts();
    facts.put("model id", model.id());
    facts.put("model type", model.type().name().toLowerCase(Locale.ROOT));
    facts.put("threshold", model.threshold().describe());
    facts.put("training", summary.mode() + ", " + summary.epochs() + " epochs, "
        + String.format(Locale.ROOT, "%.1f s", summary.trainSeconds()) + " on "
        + summary.trainingData().rows() + " normal training rows");
    if (summary.split() != null) {
      facts.put("test rows", summary.split().testRows() + " (evaluate reports on them)");
    }
    return facts;
  }
}
