package org.ecgautoencoder.testing;

import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;

/** The packaged reference configuration with test overrides. */
public final class TestConfigs {
  private TestConfigs() {}

  public static EcgConfig reference(String... overrides) {
    return loader(overrides).toEcgConfig();
  }

  public static ConfigLoader loader(String... overrides) {
    List<String> all = new ArrayList<>(List.of("input.paths=[\"" + TestPaths.ecgCsv() + "\"]"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load(null, all);
  }
}
