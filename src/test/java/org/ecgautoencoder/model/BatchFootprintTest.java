package org.ecgautoencoder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecgautoencoder.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference network (140 samples, dense 32-16-8-16-32) and the buffers a batch of its beats takes. */
class BatchFootprintTest {
  private static final long GIGABYTE = 1L << 30;
  private static AutoencoderModel model;

  @BeforeAll
  static void buildModel() {
    model = TestModels.untrained();
  }

  @Test
  void aBeatCostsItsSamplesThreePaddedCopiesAndItsRow() {
    BatchFootprint scores = BatchFootprint.ofTransform(model, TransformOptions.defaults());
    // 140 + 3 x 144 (140 padded to 16) floats, 4 bytes each, + 1 KB.
    assertThat(scores.bytesPerBeat()).isEqualTo(4 * (140 + 3 * 144) + 1024);
    BatchFootprint withColumns =
        BatchFootprint.ofTransform(model, TransformOptions.defaults().withSegmentErrors(10).withLatentCode());
    assertThat(withColumns.bytesPerBeat()).isEqualTo(4 * (140 + 3 * 144 + 2 * 10 + 2 * 8) + 1024);
    assertThat(BatchFootprint.ofDenoise(model, TransformOptions.defaults()).bytesPerBeat())
        .isEqualTo(4 * (140 + 3 * 144 + 3 * 140) + 1024);
  }

  @Test
  void aBatchLongerThanAnArrayIsRefusedWhateverTheHeap() {
    // 20000000 x 144 floats overflowed the int size of the pass's buffers: NegativeArraySizeException in a task.
    BatchFootprint scores = BatchFootprint.ofTransform(model, TransformOptions.defaults());
    assertThat(scores.arrayLimit()).isEqualTo((Integer.MAX_VALUE - 8) / 144);
    assertThatThrownBy(() -> scores.require("score.batch-size", 20_000_000, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid config: score.batch-size = 20000000 is more beats than")
        .hasMessageEndingWith("allowed: 1 to 14913080 here");
    // Segment errors are cut out of their array at an int byte offset: 140 of them allow fewer beats.
    assertThat(BatchFootprint.ofTransform(model, TransformOptions.defaults().withSegmentErrors(140)).arrayLimit())
        .isEqualTo((Integer.MAX_VALUE - 16) / (140 * 4));
  }

  @Test
  void aBatchLargerThanTheTaskHeapIsRefusedWithTheEstimateAndTheLimit() {
    BatchFootprint scores = BatchFootprint.ofTransform(model, TransformOptions.defaults());
    TaskMemory twoTasksOfOneGigabyte = TaskMemory.ofHeap(GIGABYTE, 2, "local[2]");
    assertThat(twoTasksOfOneGigabyte.bytes()).isEqualTo((GIGABYTE - 300L * 1024 * 1024) / 2);
    long fits = twoTasksOfOneGigabyte.bytes() / 3312;
    assertThatThrownBy(() -> scores.require("score.batch-size", 2_000_000, twoTasksOfOneGigabyte))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid config: score.batch-size = 2000000 needs about 6.2 GB per task (2000000 beats x 3312"
            + " bytes: 140 samples, 3 working copies of 144, 4 bytes each, and 1024 for the row), more than the 362 MB a task has (local[2]: 2 tasks share the 1.0 GB heap less Spark's 300 MB);"
            + " allowed: 1 to " + fits + " here, or give the job more memory (-Xmx, spark.executor.memory)");
    scores.require("score.batch-size", (int) fits, twoTasksOfOneGigabyte);
    scores.require("score.batch-size", 16384, twoTasksOfOneGigabyte); // the default
  }

  @Test
  void moreSegmentsThanTheBeatHasSamplesAreRefusedBeforeAnyTask() {
    // Segment k is samples [k * 140 / K, (k + 1) * 140 / K): with K = 1000 most are empty, their mean NaN.
    assertThatThrownBy(() -> new TransformTask.Settings(
            ModelColumns.Output.SCORES, 0, -1, 140, 16384, 1000, -1, model.threshold(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1000 segment errors asked for but the model's beats have 140 samples; at most 140");
  }
}
