package org.ecgautoencoder.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.ecgautoencoder.config.RddTrainingApproach;
import org.ecgautoencoder.config.SparkTrainingConfig;
import org.junit.jupiter.api.Test;

class TrainingApproachChoiceTest {
  private static SparkTrainingConfig spark(RddTrainingApproach approach, String exportDirectory) {
    return new SparkTrainingConfig(2, 16, 5, approach, exportDirectory, 0, "MEMORY_ONLY");
  }

  @Test
  void aLocalRunExportsToItsScratchWhenDl4jCanNameIt() {
    TrainingApproachChoice choice =
        TrainingApproachChoice.choose(spark(RddTrainingApproach.AUTO, ""), "local[2]", "/runs/t/.scratch/hadoop/e");

    assertThat(choice).isEqualTo(new TrainingApproachChoice(RDDTrainingApproach.Export, "/runs/t/.scratch/hadoop/e"));
  }

  @Test
  void aScratchWithASpaceOrAPercentSignTrainsDirect() {
    for (String scratch : new String[] {"/runs/sp only/t/.scratch/e", "/runs/100%/e", "/runs/a#b/e"}) {
      for (RddTrainingApproach approach : new RddTrainingApproach[] {RddTrainingApproach.AUTO, RddTrainingApproach.EXPORT}) {
        assertThat(TrainingApproachChoice.choose(spark(approach, ""), "local[*]", scratch).approach())
            .as(scratch)
            .isEqualTo(RDDTrainingApproach.Direct);
      }
    }
  }

  @Test
  void aConfiguredExportFolderWithASpaceIsRefusedByItsKey() {
    assertThatThrownBy(
            () -> TrainingApproachChoice.choose(spark(RddTrainingApproach.AUTO, "hdfs:///tmp/my export"), "yarn", "/s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train.spark.export-directory = \"hdfs:///tmp/my export\"");
  }

  @Test
  void aClusterWithoutAnExportFolderTrainsDirect() {
    assertThat(TrainingApproachChoice.choose(spark(RddTrainingApproach.AUTO, ""), "spark://h:7077", "/s").approach())
        .isEqualTo(RDDTrainingApproach.Direct);
  }
}
