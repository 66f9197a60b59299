package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopPathsTest {
  @TempDir Path dir;

  @Test
  void aFolderThatLinksBackToItselfIsListedOnce() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("beats"));
    Files.writeString(folder.resolve("a.csv"), "1,2\n");
    Files.createSymbolicLink(folder.resolve("self"), folder);
    Files.createSymbolicLink(folder.resolve("up"), dir);

    List<String> files = HadoopPaths.expandToFiles(List.of(folder.toString()), new Configuration());

    assertThat(files).containsExactly("file:" + folder.resolve("a.csv"));
  }

  @Test
  void aFileReachedByTwoPathsIsReadOnceByTheFirstPathInOrder() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("b.csv"), "1,2\n");
    Files.writeString(real.resolve("c.csv"), "1,2\n");
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.createSymbolicLink(other.resolve("b-link.csv"), real.resolve("b.csv"));
    Files.createSymbolicLink(other.resolve("linked-folder"), real);

    List<String> files =
        HadoopPaths.expandToFiles(
            List.of(other.toString(), real.toString(), real.resolve("c.csv").toString()), new Configuration());

    assertThat(files)
        .containsExactly(
            "file:" + other.resolve("b-link.csv"), "file:" + other.resolve("linked-folder/c.csv"));
  }

  @Test
  void aFolderWithASpaceInItsNameIsListed() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("with space"));
    Files.writeString(folder.resolve("d.csv"), "1,2\n");

    assertThat(HadoopPaths.expandToFiles(List.of(folder.toString()), new Configuration())).hasSize(1);
  }
}
