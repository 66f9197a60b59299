package org.ecgautoencoder.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static EcgConfig load(String... overrides) {
    return ConfigLoader.load(null, List.of(overrides)).toEcgConfig();
  }

  @Test
  void defaultsAreTheTutorialProtocol() {
    EcgConfig config = load();
    assertThat(config.input().beatLength()).isEqualTo(140);
    assertThat(config.input().labelColumn()).isEqualTo(LabelColumn.LAST);
    assertThat(config.input().normalLabels()).containsExactly(1.0);
    assertThat(config.split()).isEqualTo(new SplitConfig(SplitMethod.RANDOM, 0.2, 21));
    assertThat(config.normalisation()).isEqualTo(NormalisationMethod.GLOBAL_MIN_MAX);
    assertThat(config.model().encoderLayers()).containsExactly(32, 16, 8);
    assertThat(config.model().decoderLayers()).containsExactly(16, 32);
    assertThat(config.train().epochs()).isEqualTo(20);
    assertThat(config.train().batchSize()).isEqualTo(512);
    assertThat(config.train().learningRate()).isEqualTo(1e-3);
    assertThat(config.train().adamEpsilon()).isEqualTo(1e-7);
    assertThat(config.threshold().k()).isEqualTo(1.0);
  }

  @Test
  void overridesWinOverTheFileWhichWinsOverDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my.conf");
    Files.writeString(file, "train { epochs = 7, batch-size = 64 }\n");
    EcgConfig config = ConfigLoader.load(file, List.of("train.epochs=3")).toEcgConfig();
    assertThat(config.train().epochs()).isEqualTo(3);
    assertThat(config.train().batchSize()).isEqualTo(64);
    assertThat(config.train().learningRate()).isEqualTo(1e-3);
  }

  @Test
  void outOfRangeValueNamesKeyValueAndAllowedRange() {
    assertThatThrownBy(() -> load("train.epochs=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train.epochs = 0")
        .hasMessageContaining(">= 1");
    assertThatThrownBy(() -> load("split.test-fraction=1.5"))
        .hasMessageContaining("split.test-fraction = 1.5")
        .hasMessageContaining("strictly between 0 and 1");
    assertThatThrownBy(() -> load("input.max-rejected-fraction=-0.1"))
        .hasMessageContaining("input.max-rejected-fraction = -0.1");
    assertThatThrownBy(() -> load("train.spark.averaging-frequency=0"))
        .hasMessageContaining("train.spark.averaging-frequency = 0");
  }

  @Test
  void unknownChoiceListsTheAllowedOnes() {
    assertThatThrownBy(() -> load("normalisation.method=max-abs"))
        .hasMessageContaining("normalisation.method = max-abs")
        .hasMessageContaining("global-min-max")
        .hasMessageContaining("z-score");
    assertThatThrownBy(() -> load("model.hidden-activation=wiggly"))
        .hasMessageContaining("model.hidden-activation = wiggly")
        .hasMessageContaining("relu");
    assertThatThrownBy(() -> load("input.label-column=middle"))
        .hasMessageContaining("input.label-column = middle")
        .hasMessageContaining("[last, first, none]");
  }

  @Test
  void wrongTypeNamesTheKey() {
    assertThatThrownBy(() -> load("train.epochs=twenty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train.epochs");
  }

  @Test
  void integerKeysRefuseFractionsInsteadOfTruncatingThem() {
    // Typesafe's getInt reads 1.5 as 1: train.epochs = 1.5 trained one epoch.
    assertThatThrownBy(() -> load("train.epochs=1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid config: train.epochs = 1.5; allowed: an integer");
    assertThatThrownBy(() -> load("train.epochs=\"2.5\"")).hasMessageContaining("train.epochs = 2.5; allowed: an integer");
    assertThatThrownBy(() -> load("score.batch-size=1e10")).hasMessageContaining("score.batch-size = 10000000000")
        .hasMessageContaining("an integer from -2147483648 to 2147483647");
    assertThatThrownBy(() -> load("split.seed=21.5")).hasMessageContaining("split.seed = 21.5; allowed: an integer");
    assertThatThrownBy(() -> load("model.encoder-layers=[32, 16.5, 8]"))
        .hasMessageContaining("model.encoder-layers = [32, 16.5, 8]; allowed: a list of integers");
    assertThatThrownBy(() -> load("input.csv-split-size=1.5")).hasMessageContaining("input.csv-split-size = 1.5");
  }

  @Test
  void integerKeysTakeWholeNumbersWrittenAsDecimals() {
    EcgConfig config = load("train.epochs=2.0", "split.seed=\"7\"", "model.encoder-layers=[32.0, 16, 8]");
    assertThat(config.train().epochs()).isEqualTo(2);
    assertThat(config.split().seed()).isEqualTo(7);
    assertThat(config.model().encoderLayers()).containsExactly(32, 16, 8);
  }

  @Test
  void misspelledKeyIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> load("train.epoch=5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown config key(s) [train.epoch]");
  }

  @Test
  void overrideWithoutEqualsSignIsRefused() {
    assertThatThrownBy(() -> load("train.epochs"))
        .hasMessageContaining("expected key=value");
  }

  @Test
  void anOverrideThatIsNotHoconIsTakenAsTheStringItSpells() {
    // Unquoted, "//" starts a HOCON comment and '[' an array: neither parses as the master URL it spells.
    assertThat(load("runtime.spark-master=spark://host:7077").runtime().sparkMaster()).isEqualTo("spark://host:7077");
    assertThat(load("runtime.spark-master=local[4]").runtime().sparkMaster()).isEqualTo("local[4]");
    assertThat(load("runtime.spark-master = local[*]").runtime().sparkMaster()).isEqualTo("local[*]");
  }

  @Test
  void anOverrideThatLooksLikeBrokenHoconSaysHowToQuote() {
    assertThatThrownBy(() -> load("model.encoder-layers=[32, 16"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot parse --set model.encoder-layers=[32, 16: ")
        .hasMessageEndingWith("write a string value in double quotes: --set 'model.encoder-layers=\"...\"'")
        .hasMessageNotContaining("(if you")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUnknownSparkMasterIsRefusedWithTheAcceptedForms() {
    for (String override : List.of("runtime.spark-master=bogus://x", "runtime.spark-master=\"bogus://x\"")) {
      assertThatThrownBy(() -> load(override))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid config: runtime.spark-master = \"bogus://x\"; allowed: " + RuntimeConfig.ACCEPTED_MASTERS);
    }
    assertThat(RuntimeConfig.ACCEPTED_MASTERS).contains("local[*]", "spark://", "yarn", "k8s://");
    for (String master : List.of("local", "local[2]", "local[*]", "local[2, 3]", "local-cluster[2, 1, 1024]",
        "spark://a:7077,b:7077", "yarn", "k8s://https://host:6443", "mesos://host:5050")) {
      assertThat(load("runtime.spark-master=\"" + master + "\"").runtime().sparkMaster()).isEqualTo(master);
    }
  }

  @Test
  void missingConfigFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.conf");
    assertThatThrownBy(() -> ConfigLoader.load(missing, List.of()))
        .hasMessageContaining("Config file not found")
        .hasMessageContaining("nope.conf");
  }
}
