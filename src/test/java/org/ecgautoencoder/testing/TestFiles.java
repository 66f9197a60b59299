package org.ecgautoencoder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecgautoencoder.io.Json;
import org.ecgautoencoder.model.AutoencoderModel;

/** Outputs of a run on the local disk, read back as a test reads them. */
public final class TestFiles {
  private TestFiles() {}

  public static <T> T readJson(Path file, Class<T> type) {
    try {
      return Json.read(Files.readString(file), file.toString(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AutoencoderModel model(Path bundle) {
    return AutoencoderModel.load(bundle.toString(), SharedSpark.session().sparkContext().hadoopConfiguration());
  }
}
