package org.ecgautoencoder.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.config.SplitMethod;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

  @Test
  void mersenneTwisterMatchesTheReferenceOutputForItsDefaultSeed() {
    // Matsumoto & Nishimura's mt19937ar: init_genrand(5489) first outputs.
    LegacyMersenneTwister twister = new LegacyMersenneTwister(5489);
    assertThat(twister.nextUnsignedInt()).isEqualTo(3499211612L);
    assertThat(twister.nextUnsignedInt()).isEqualTo(581869302L);
    assertThat(twister.nextUnsignedInt()).isEqualTo(3890346734L);
  }

  @Test
  void equalsScikitLearnIndexForIndexOnEcg5000() throws Exception {
    JsonNode reference = new ObjectMapper().readTree(TestPaths.ecg5000Dir().resolve("reference-split.json").toFile());
    TrainTestSplit split = TrainTestSplit.of(reference.get("n_rows").asInt(), new SplitConfig(SplitMethod.RANDOM, 0.2, 21));

    assertThat(split.testRows()).containsExactly(ints(reference.get("test_idx")));
    assertThat(split.trainRows()).containsExactly(ints(reference.get("train_idx")));
    assertThat(split.isTest(reference.get("test_idx").get(0).asInt())).isTrue();
    assertThat(split.isTrain(reference.get("train_idx").get(0).asInt())).isTrue();
  }

  @Test
  void sizesFollowScikitLearnRounding() {
    // n_test = ceil(0.25 * 10) = 3, n_train = floor(0.75 * 10) = 7.
    TrainTestSplit split = TrainTestSplit.of(10, new SplitConfig(SplitMethod.RANDOM, 0.25, 0));
    assertThat(split.testCount()).isEqualTo(3);
    assertThat(split.trainCount()).isEqualTo(7);
    // numpy: np.random.RandomState(0).permutation(10) == [2, 8, 4, 9, 1, 6, 7, 3, 0, 5]
    assertThat(split.testRows()).containsExactly(2, 8, 4);
    assertThat(split.trainRows()).containsExactly(9, 1, 6, 7, 3, 0, 5);
  }

  private static int[] ints(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToInt(JsonNode::asInt).toArray();
  }
}
