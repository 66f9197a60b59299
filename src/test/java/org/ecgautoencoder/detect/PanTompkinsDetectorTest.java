package org.ecgautoencoder.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PanTompkinsDetectorTest {
  /** Irregular but plausible RR intervals (57 to 90 beats per minute). */
  private static final double[] RR_SECONDS = {0.80, 0.95, 0.70, 1.05, 0.85, 0.75, 0.90};

  private static final QrsDetectorSettings DEFAULTS = QrsDetectorSettings.defaults();

  @ParameterizedTest
  @ValueSource(doubles = {250, 360, 500, 1000})
  void findsEveryPulseOfATrainWithinTwoSamples(double fs) {
    SyntheticEcg ecg = new SyntheticEcg(fs, 60);
    int[] truth = ecg.beatTrain(0.6, RR_SECONDS, 1.2);
    ecg.wanderAndNoise(0.3, 0.01, 7);

    int[] detected = new PanTompkinsDetector(fs, DEFAULTS).detect(ecg.samples());

    assertThat(detected).hasSameSizeAs(truth);
    for (int i = 0; i < truth.length; i++) {
      assertThat(detected[i]).as("beat %d at %s Hz", i, fs).isCloseTo(truth[i], within(2));
    }
  }

  @Test
  void findsNegativePulsesOnTheirTrough() {
    SyntheticEcg ecg = new SyntheticEcg(360, 30);
    int[] truth = ecg.beatTrain(0.5, RR_SECONDS, -1.0);

    int[] detected = new PanTompkinsDetector(360, DEFAULTS).detect(ecg.samples());

    assertThat(detected).hasSameSizeAs(truth);
    for (int i = 0; i < truth.length; i++) {
      assertThat(Math.abs(detected[i] - truth[i])).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void findsNothingInAFlatLine() {
    PanTompkinsDetector detector = new PanTompkinsDetector(360, DEFAULTS);

    assertThat(detector.detect(new float[360 * 60])).isEmpty();
    float[] offset = new float[360 * 60];
    Arrays.fill(offset, -0.7f);
    assertThat(detector.detect(offset)).isEmpty();
    assertThat(detector.detect(new float[0])).isEmpty();
  }

  @Test
  void searchesBackForASmallerBeatAfterAPause() {
    double fs = 360;
    SyntheticEcg ecg = new SyntheticEcg(fs, 20);
    int rr = (int) Math.round(0.8 * fs);
    int[] truth = new int[40];
    int count = 0;
    for (int at = rr; at < 9 * rr; at += rr) {
      ecg.beat(at, 1.0);
      truth[count++] = at;
    }
    // A beat about 0.42 times as tall (its integrated peak 0.18 of the others': between the two thresholds),
    // so that nothing passes the first threshold for 2 RR (1.6 s), beyond the missed-beat limit of 1.66 RR.
    int small = 9 * rr;
    ecg.beat(small, 0.42);
    truth[count++] = small;
    for (int at = small + rr; at < ecg.samples().length - rr; at += rr) {
      ecg.beat(at, 1.0);
      truth[count++] = at;
    }
    truth = Arrays.copyOf(truth, count);

    int[] withSearchBack = new PanTompkinsDetector(fs, DEFAULTS).detect(ecg.samples());
    int[] withoutSearchBack = new PanTompkinsDetector(fs, withMissedBeatFraction(100)).detect(ecg.samples());

    assertThat(BeatMatching.match(withSearchBack, truth, 2).truePositives()).isEqualTo(truth.length);
    assertThat(withSearchBack).hasSameSizeAs(truth);
    assertThat(withoutSearchBack).hasSize(truth.length - 1).doesNotContain(small);
  }

  @Test
  void worksOnASignalShorterThanTheLearningPeriod() {
    double fs = 360;
    SyntheticEcg ecg = new SyntheticEcg(fs, 1.5);
    ecg.beat(200, 1.0);
    ecg.beat(200 + 290, 1.0);

    assertThat(new PanTompkinsDetector(fs, DEFAULTS).detect(ecg.samples())).containsExactly(200, 490);
  }

  @Test
  void detectsInARangeWithIndicesIntoTheWholeSignal() {
    double fs = 360;
    SyntheticEcg ecg = new SyntheticEcg(fs, 40);
    int[] truth = ecg.beatTrain(0.5, RR_SECONDS, 1.0);
    int from = 10 * 360;
    int to = 30 * 360;
    int[] inRange = Arrays.stream(truth).filter(t -> t >= from + 20 && t < to - 20).toArray();

    int[] detected = new PanTompkinsDetector(fs, DEFAULTS).detect(ecg.samples(), from, to);

    assertThat(Arrays.stream(detected).min().getAsInt()).isGreaterThanOrEqualTo(from);
    assertThat(Arrays.stream(detected).max().getAsInt()).isLessThan(to);
    assertThat(BeatMatching.match(detected, inRange, 2).falseNegatives()).isZero();
    assertThat(detected.length).isBetween(inRange.length, inRange.length + 2);
  }

  @Test
  void refusesBadArguments() {
    PanTompkinsDetector detector = new PanTompkinsDetector(360, DEFAULTS);

    assertThatThrownBy(() -> detector.detect(new float[10], 5, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 11)");
    assertThatThrownBy(() -> detector.detect(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not null");
    assertThatThrownBy(() -> new PanTompkinsDetector(20, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sampling frequency");
    assertThatThrownBy(() -> new PanTompkinsDetector(360, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("settings");
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "119"})
  void matchesTheReferenceBeatsOfARealRecord(String name) {
    MitdbTestRecord record = MitdbTestRecord.load(name);
    double fs = record.samplingFrequencyHz();

    int[] detected = new PanTompkinsDetector(fs, DEFAULTS).detect(record.millivolts());
    BeatMatch match = BeatMatching.match(detected, record.referenceBeats(), (int) Math.round(0.15 * fs));

    // Measured: 101 Se 99.95%, +P 99.79%; 119 Se 100%, +P 99.95%. Bound: 99.5% for both.
    assertThat(match.sensitivity()).isGreaterThanOrEqualTo(0.995);
    assertThat(match.positivePredictivity()).isGreaterThanOrEqualTo(0.995);
    int[] reference = record.referenceBeats();
    int[] referenceOf = match.referenceIndexOfDetection();
    int[] offsets = new int[match.truePositives()];
    int k = 0;
    for (int i = 0; i < detected.length; i++) {
      if (referenceOf[i] != BeatMatch.UNMATCHED) {
        offsets[k++] = Math.abs(detected[i] - reference[referenceOf[i]]);
      }
    }
    Arrays.sort(offsets);
    // Measured median 1 sample for both.
    assertThat(offsets[offsets.length / 2]).isLessThanOrEqualTo(2);
  }

  private static QrsDetectorSettings withMissedBeatFraction(double fraction) {
    QrsDetectorSettings d = DEFAULTS;
    return new QrsDetectorSettings(
        d.bandPassLowHz(), d.bandPassHighHz(), d.bandPassOrder(), d.integrationWindowSeconds(),
        d.refractorySeconds(), d.tWaveWindowSeconds(), d.tWaveSlopeRatio(), fraction, d.learningSeconds(),
        d.rPeakSearchSeconds());
  }
}
