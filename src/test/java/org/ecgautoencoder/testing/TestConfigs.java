package org.ecgautoencoder.testing;

import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.ParquetInputConfig;
import org.ecgautoencoder.config.ParquetLayout;

/** The packaged reference configuration with test overrides. */
public final class TestConfigs {
  /** The reference.conf defaults of input.parquet, for tests that build an InputConfig by hand. */
  public static final ParquetInputConfig PARQUET_DEFAULTS =
      new ParquetInputConfig(ParquetLayout.ARRAY, "beat", "s", "label", "");

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
