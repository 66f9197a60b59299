package org.ecgautoencoder.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BeatMatchingTest {
  private static final int TOLERANCE = 54;

  @Test
  void matchesExactAndNearbyDetections() {
    BeatMatch match = BeatMatching.match(new int[] {100, 510, 1040}, new int[] {100, 500, 1000}, TOLERANCE);

    assertThat(match).isEqualTo(new BeatMatch(3, 0, 0, new int[] {0, 1, 2}));
    assertThat(match.sensitivity()).isEqualTo(1.0);
    assertThat(match.positivePredictivity()).isEqualTo(1.0);
  }

  @Test
  void countsDetectionsBeyondTheToleranceAsFalsePositivesAndTheirBeatsAsMissed() {
    BeatMatch match = BeatMatching.match(new int[] {100, 555}, new int[] {100, 500}, TOLERANCE);

    assertThat(match.referenceIndexOfDetection()).containsExactly(0, -1);
    assertThat(match.truePositives()).isEqualTo(1);
    assertThat(match.falseNegatives()).isEqualTo(1);
    assertThat(match.falsePositives()).isEqualTo(1);
    assertThat(match.sensitivity()).isEqualTo(0.5);
    assertThat(match.positivePredictivity()).isEqualTo(0.5);
  }

  @Test
  void matchesAtExactlyTheTolerance() {
    assertThat(BeatMatching.match(new int[] {154}, new int[] {100}, TOLERANCE).truePositives()).isEqualTo(1);
    assertThat(BeatMatching.match(new int[] {155}, new int[] {100}, TOLERANCE).truePositives()).isZero();
  }

  @Test
  void givesABeatToTheNearerOfTwoDetections() {
    BeatMatch match = BeatMatching.match(new int[] {480, 505}, new int[] {500}, TOLERANCE);

    assertThat(match.referenceIndexOfDetection()).containsExactly(-1, 0);
    assertThat(match.falsePositives()).isEqualTo(1);
  }

  @Test
  void givesADetectionToTheNearerOfTwoBeats() {
    BeatMatch match = BeatMatching.match(new int[] {520}, new int[] {500, 560}, TOLERANCE);

    assertThat(match.referenceIndexOfDetection()).containsExactly(0);
    assertThat(match.falseNegatives()).isEqualTo(1);
  }

  @Test
  void nearestFirstLetsADetectionFallBackToItsOtherBeat() {
    // 530 is nearest to 540; 500 then still takes 470 (30 away) instead of losing to 530.
    BeatMatch match = BeatMatching.match(new int[] {500, 530}, new int[] {470, 540}, TOLERANCE);

    assertThat(match.referenceIndexOfDetection()).containsExactly(0, 1);
    assertThat(match.truePositives()).isEqualTo(2);
  }

  @Test
  void breaksTiesByEarlierDetectionThenEarlierBeat() {
    BeatMatch twoDetections = BeatMatching.match(new int[] {490, 510}, new int[] {500}, TOLERANCE);
    BeatMatch twoBeats = BeatMatching.match(new int[] {500}, new int[] {490, 510}, TOLERANCE);

    assertThat(twoDetections.referenceIndexOfDetection()).containsExactly(0, -1);
    assertThat(twoBeats.referenceIndexOfDetection()).containsExactly(0);
  }

  @Test
  void handlesEmptyInputs() {
    assertThat(BeatMatching.match(new int[0], new int[] {1, 2}, TOLERANCE))
        .isEqualTo(new BeatMatch(0, 2, 0, new int[0]));
    assertThat(BeatMatching.match(new int[] {1}, new int[0], TOLERANCE))
        .isEqualTo(new BeatMatch(0, 0, 1, new int[] {-1}));
    assertThat(BeatMatching.match(new int[0], new int[0], TOLERANCE).sensitivity()).isNaN();
  }

  @Test
  void refusesUnsortedInputAndANegativeTolerance() {
    assertThatThrownBy(() -> BeatMatching.match(new int[] {5, 3}, new int[0], TOLERANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detected beats must be ascending");
    assertThatThrownBy(() -> BeatMatching.match(new int[0], new int[] {9, 1}, TOLERANCE))
        .hasMessageContaining("reference beats must be ascending");
    assertThatThrownBy(() -> BeatMatching.match(new int[0], new int[0], -1))
        .hasMessageContaining("toleranceSamples");
  }

  @Test
  void resultRefusesInconsistentCounts() {
    assertThatThrownBy(() -> new BeatMatch(2, 0, 0, new int[] {0, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches 1 detections");
  }
}
