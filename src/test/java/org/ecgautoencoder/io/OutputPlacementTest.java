package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPlacementTest {
  @TempDir Path dir;
  private final Configuration conf = new Configuration();

  @Test
  void anOutputEqualToOrInsideAnInputIsRefused() throws Exception {
    Path input = Files.createDirectories(dir.resolve("beats"));

    assertThatThrownBy(() -> OutputPlacement.requireApart(List.of(input.toString()), input.toString(), conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is the input " + input);
    assertThatThrownBy(
            () -> OutputPlacement.requireApart(List.of(input.toString()), input.resolve("out/t").toString(), conf))
        .hasMessageContaining("is inside the input " + input);
    assertThatThrownBy(
            () -> OutputPlacement.requireApart(List.of(input + "/*.csv"), input.resolve("scores").toString(), conf))
        .hasMessageContaining("is inside the input");
  }

  @Test
  void anOutputThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("scores"), "");

    assertThatThrownBy(() -> OutputPlacement.requireFolder(file.toString(), conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--output " + file + " is a file");
    assertThatCode(() -> OutputPlacement.requireFolder(dir.resolve("new").toString(), conf)).doesNotThrowAnyException();
  }

  @Test
  void anInputInsideTheOutputIsRefused() {
    Path output = dir.resolve("table");

    assertThatThrownBy(
            () -> OutputPlacement.requireApart(List.of(output.resolve("run_date=x").toString()), output.toString(), conf))
        .hasMessageContaining("is inside --output " + output);
  }

  @Test
  void anOutputReachedThroughASymbolicLinkIntoTheInputIsRefused() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), input);

    assertThatThrownBy(
            () -> OutputPlacement.requireApart(List.of(input.toString()), link.resolve("out").toString(), conf))
        .hasMessageContaining("is inside the input");
  }

  @Test
  void siblingsWithACommonPrefixAreApart() throws Exception {
    Path input = Files.createDirectories(dir.resolve("data"));

    assertThatCode(
            () -> OutputPlacement.requireApart(List.of(input.toString()), dir.resolve("data-scores").toString(), conf))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> OutputPlacement.requireApart(List.of(input.resolve("a.csv").toString()), dir.resolve("out").toString(), conf))
        .doesNotThrowAnyException();
  }
}
