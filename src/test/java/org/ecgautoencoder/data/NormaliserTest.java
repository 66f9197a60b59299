package org.ecgautoencoder.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ecgautoencoder.config.NormalisationMethod;
import org.junit.jupiter.api.Test;

class NormaliserTest {
  // Two positions, three beats: position 0 = {1, 3, 5}, position 1 = {-2, 0, 10}.
  private static BeatStatistics stats() {
    return new BeatStatistics(2)
        .add(new float[] {1, -2})
        .add(new float[] {3, 0})
        .add(new float[] {5, 10});
  }

  @Test
  void globalMinMaxUsesOneRangeOverAllSamplesAsTheTutorial() {
    Normaliser n = Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats());
    // min -2, max 10, range 12: (x + 2) / 12.
    assertThat(n.apply(new float[] {1, 10})).containsExactly(0.25f, 1f);
    assertThat(n.apply(new float[] {-2, 4})).containsExactly(0f, 0.5f);
  }

  @Test
  void perPositionMinMax() {
    Normaliser n = Normaliser.fit(NormalisationMethod.PER_POSITION_MIN_MAX, stats());
    // position 0: (x - 1) / 4; position 1: (x + 2) / 12.
    assertThat(n.apply(new float[] {3, 4})).containsExactly(0.5f, 0.5f);
  }

  @Test
  void zScoreUsesPopulationStd() {
    Normaliser n = Normaliser.fit(NormalisationMethod.Z_SCORE, stats());
    // position 0: mean 3, population std sqrt(8/3); position 1: mean 8/3, std sqrt(((-14/3)^2+(-8/3)^2+(22/3)^2)/3).
    double std0 = Math.sqrt(8.0 / 3);
    double std1 = Math.sqrt((196.0 / 9 + 64.0 / 9 + 484.0 / 9) / 3);
    float[] scaled = n.apply(new float[] {5, 0});
    assertThat(scaled[0]).isCloseTo((float) (2 / std0), within(1e-6f));
    assertThat(scaled[1]).isCloseTo((float) ((0 - 8.0 / 3) / std1), within(1e-6f));
  }

  @Test
  void constantPositionGetsUnitScaleNotADivisionByZero() {
    BeatStatistics constant = new BeatStatistics(1).add(new float[] {4}).add(new float[] {4});
    Normaliser n = Normaliser.fit(NormalisationMethod.PER_POSITION_MIN_MAX, constant);
    assertThat(n.apply(new float[] {5})).containsExactly(1f);
  }

  @Test
  void mergedPartitionsEqualOnePass() {
    BeatStatistics left = new BeatStatistics(2).add(new float[] {1, -2});
    BeatStatistics right = new BeatStatistics(2).add(new float[] {3, 0}).add(new float[] {5, 10});
    BeatStatistics merged = left.merge(right);
    BeatStatistics sequential = stats();
    assertThat(merged.count()).isEqualTo(3);
    for (int i = 0; i < 2; i++) {
      assertThat(merged.mean(i)).isCloseTo(sequential.mean(i), within(1e-12));
      assertThat(merged.std(i)).isCloseTo(sequential.std(i), within(1e-12));
      assertThat(merged.min(i)).isEqualTo(sequential.min(i));
      assertThat(merged.max(i)).isEqualTo(sequential.max(i));
    }
  }

  @Test
  void wrongWidthIsRefused() {
    Normaliser n = Normaliser.fit(NormalisationMethod.GLOBAL_MIN_MAX, stats());
    assertThatThrownBy(() -> n.apply(new float[] {1, 2, 3}))
        .hasMessageContaining("beat has 3 samples but the normaliser was fitted on 2");
  }

  @Test
  void paddedBatchRowsHoldExactlyTheBeatByBeatValues() {
    int width = 7;
    int rows = 150;
    int stride = 16;
    double[] offset = new double[width];
    double[] scale = new double[width];
    for (int i = 0; i < width; i++) {
      offset[i] = 0.3 * i - 1;
      scale[i] = 1.7 + i;
    }
    Normaliser normaliser = new Normaliser(NormalisationMethod.Z_SCORE, offset, scale);
    java.util.Random random = new java.util.Random(3);
    float[] batch = new float[rows * width];
    for (int i = 0; i < batch.length; i++) {
      batch[i] = (float) random.nextGaussian();
    }
    float[] padded = new float[rows * stride];
    java.util.Arrays.fill(padded, -9f);

    normaliser.applyIntoRows(batch, rows, padded, stride);

    for (int row = 0; row < rows; row++) {
      float[] expected = normaliser.apply(java.util.Arrays.copyOfRange(batch, row * width, (row + 1) * width));
      for (int i = 0; i < width; i++) {
        assertThat(padded[row * stride + i]).isEqualTo(expected[i]);
      }
      for (int i = width; i < stride; i++) {
        assertThat(padded[row * stride + i]).as("padding left alone").isEqualTo(-9f);
      }
    }
  }
}
