package org.ecgautoencoder.bench.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeatSynthesizerTest {
  private static final int BEAT_LENGTH = 4;
  /** Two source beats: all zeros labelled normal, all ones labelled abnormal. */
  private static final SourceBeats ZEROS_AND_ONES =
      new SourceBeats(new float[][] {new float[BEAT_LENGTH], {1, 1, 1, 1}}, new double[] {1.0, 0.0});

  @Test
  void aRecordDependsOnlyOnSeedAndIndexNotOnWhatWasGeneratedBefore() {
    double[] direct = new double[BEAT_LENGTH];
    int directSource = new BeatSynthesizer(ZEROS_AND_ONES, 7, 0.1).synthesize(12345, direct);

    BeatSynthesizer busy = new BeatSynthesizer(ZEROS_AND_ONES, 7, 0.1);
    double[] afterOthers = new double[BEAT_LENGTH];
    for (long record = 20_000; record > 0; record -= 997) {
      busy.synthesize(record, afterOthers);
    }
    assertThat(busy.synthesize(12345, afterOthers)).isEqualTo(directSource);
    assertThat(afterOthers).containsExactly(direct);

    double[] otherSeed = new double[BEAT_LENGTH];
    new BeatSynthesizer(ZEROS_AND_ONES, 8, 0.1).synthesize(12345, otherSeed);
    assertThat(otherSeed).isNotEqualTo(direct);
  }

  /** Draws are uniform with replacement and the noise is N(0, std): checked on 20k records, 80k samples. */
  @Test
  void drawsSourceBeatsUniformlyAndAddsGaussianNoiseOfTheGivenStd() {
    BeatSynthesizer synthesizer = new BeatSynthesizer(ZEROS_AND_ONES, 7, 0.5);
    double[] samples = new double[BEAT_LENGTH];
    int records = 20_000;
    int abnormal = 0;
    double sum = 0;
    double sumOfSquares = 0;
    int beyondTwoStd = 0;
    for (long record = 0; record < records; record++) {
      int source = synthesizer.synthesize(record, samples);
      abnormal += synthesizer.label(source) == 0.0 ? 1 : 0;
      for (double sample : samples) {
        double noise = sample - source; // source beat 0 is all 0, beat 1 all 1
        sum += noise;
        sumOfSquares += noise * noise;
        beyondTwoStd += Math.abs(noise) > 1.0 ? 1 : 0;
      }
    }
    int n = records * BEAT_LENGTH;
    assertThat((double) abnormal / records).isCloseTo(0.5, within(0.015)); // 4.2 binomial std
    assertThat(sum / n).isCloseTo(0, within(0.01)); // std of the mean 0.0018
    assertThat(Math.sqrt(sumOfSquares / n)).isCloseTo(0.5, within(0.01));
    assertThat((double) beyondTwoStd / n).isCloseTo(0.0455, within(0.004)); // P(|Z| > 2)
  }

  @Test
  void zeroNoiseCopiesTheSourceBeat() {
    double[] samples = new double[BEAT_LENGTH];
    BeatSynthesizer synthesizer = new BeatSynthesizer(ZEROS_AND_ONES, 7, 0.0);
    for (long record = 0; record < 10; record++) {
      int source = synthesizer.synthesize(record, samples);
      assertThat(samples).containsOnly(source);
    }
  }

  @Test
  void fileRangesAreContiguousAndCoverEveryRecordOnce() {
    ArchiveArguments arguments = csvArguments(1000, 3);
    assertThat(List.of(arguments.firstRecordOf(0), arguments.firstRecordOf(1), arguments.firstRecordOf(2),
        arguments.firstRecordOf(3))).containsExactly(0L, 333L, 666L, 1000L);
    assertThat(arguments.csvFileName(2)).isEqualTo("part-00002.csv");
    assertThat(RecordId.of(123)).isEqualTo("beat-000000000123");
  }

  @Test
  void argumentsNameTheOptionAndTheBadValue() {
    assertThatThrownBy(() -> csvArguments(0, 1)).hasMessageContaining("--records must be between 1 and");
    assertThatThrownBy(() -> csvArguments(10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--files must be between 1 and min(--records, 100000) = 10 so that no file is empty, but was 11");
    assertThatThrownBy(() -> new ArchiveArguments(10, 1, /* gzip= */ true, /* parquet= */ true, ParquetLayout.ARRAY,
        false, 7, 0.01, BEAT_LENGTH, List.of("a.csv"), 1))
        .hasMessageContaining("--gzip applies to CSV only");
    assertThatThrownBy(() -> new ArchiveArguments(10, 1, false, false, null, false, 7, -1, BEAT_LENGTH, List.of("a.csv"), 1))
        .hasMessageContaining("--noise-std must be a finite number >= 0 but was -1");
    assertThatThrownBy(() -> ParquetLayout.fromOption("rows"))
        .hasMessage("--parquet-layout must be array or columns but was 'rows'");
  }

  private static ArchiveArguments csvArguments(long records, int files) {
    return new ArchiveArguments(records, files, false, false, null, false, 7, 0.01, BEAT_LENGTH, List.of("a.csv"), 1);
  }
}
