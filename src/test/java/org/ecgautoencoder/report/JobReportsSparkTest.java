package org.ecgautoencoder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecgautoencoder.eval.EvaluationPipeline;
import org.ecgautoencoder.eval.EvaluationPipeline.EvaluationRun;
import org.ecgautoencoder.io.HadoopFiles;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestModels;
import org.ecgautoencoder.testing.TestPaths;
import org.ecgautoencoder.train.TrainingPipeline.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The train and evaluate jobs' reports, as the jobs write them from what the pipelines return. */
@ExtendWith(SharedSpark.class)
class JobReportsSparkTest {
  @Test
  void theTrainingAndEvaluationReportsDrawEveryChart() throws Exception {
    Path run = Files.createTempDirectory(TestPaths.scratch("reports"), "run-");
    HadoopFiles files = new HadoopFiles(SharedSpark.session().sparkContext().hadoopConfiguration());

    // The suite's shared training run (ECG5000, local mode): its reports as the train and evaluate jobs write them.
    TrainingRun trained = TestModels.ecg5000Run();
    TrainingReport.write(files, run.resolve("training-report").toString(), trained);
    assertThat(ReportImages.checkedImages(run.resolve("training-report")))
        .containsExactly("beats.png", "loss.png", "reconstruction-normal.png", "reconstruction-abnormal.png", "errors-training.png");

    EvaluationRun evaluated =
        new EvaluationPipeline(SharedSpark.session(), TestConfigs.reference(TestModels.TRAINING))
            .run(trained.model(), trained.modelPath(), run.toString());
    EvaluationReport.write(files, run.resolve("report").toString(), trained.model(), evaluated);
    // Every chart, the training rows' error histogram included, as real PNGs.
    assertThat(ReportImages.checkedImages(run.resolve("report"))).hasSize(8);
    assertThat(Files.readString(run.resolve("report/index.html"))).contains("Evaluation report: model " + trained.model().id());
  }
}
