package org.ecgautoencoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommonOptionsTest {

  private static CommonOptions output(String folder) {
    CommonOptions options = new CommonOptions();
    options.output = folder;
    return options;
  }

  @Test
  void scratchLivesInTheOutputFolderOfJobsThatWriteInsideIt() {
    assertThat(output("/data/run1").scratchDir()).isEqualTo(Path.of("/data/run1/.scratch"));
  }

  @Test
  void scratchLivesBesideAnOutputThatASparkOverwriteReplaces() {
    CommonOptions options = output("/data/codes");
    options.outputReplacedWhole = true;

    // Spark's overwrite deletes the output folder, Spark's own block files in it included.
    assertThat(options.scratchDir()).isEqualTo(Path.of("/data/.codes.scratch"));
  }
}
