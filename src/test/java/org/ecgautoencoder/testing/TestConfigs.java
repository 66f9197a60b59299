package org.ecgautoencoder.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecgautoencoder.config.BeatCalibration;
import org.ecgautoencoder.config.BeatNormalisation;
import org.ecgautoencoder.config.ConfigLoader;
import org.ecgautoencoder.config.CsvIdField;
import org.ecgautoencoder.config.DownloadConfig;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.config.ParquetInputConfig;
import org.ecgautoencoder.config.ParquetLayout;
import org.ecgautoencoder.config.RecordingConfig;

/** The packaged reference configuration with test overrides. */
public final class TestConfigs {
  /** The reference.conf defaults of input.parquet, for tests that build an InputConfig by hand. */
  public static final ParquetInputConfig PARQUET_DEFAULTS =
      new ParquetInputConfig(ParquetLayout.ARRAY, "beat", "s", "label", "");
  /** input.recording's defaults in conf/reference.conf. */
  public static final RecordingConfig RECORDING_DEFAULTS =
      new RecordingConfig("auto", 0.25, 0.45, 140, BeatNormalisation.Z_SCORE, BeatCalibration.NONE, false, 1, 8, "atr", 0.15);

  private TestConfigs() {}

  /**
   * Comma-separated CSV of 3 samples, label column as given, normal label 1.0, no id field, never split: the
   * small hand-written rows of the reader's tests.
   */
  public static InputConfig csvInput(LabelColumn labelColumn, double maxRejectedFraction, String... paths) {
    return new InputConfig(
        List.of(paths), 3, labelColumn, Set.of(1.0), ",", maxRejectedFraction, InputFormat.CSV, CsvIdField.NONE, 0,
        PARQUET_DEFAULTS, RECORDING_DEFAULTS, new DownloadConfig("http://127.0.0.1/x", "0".repeat(64), "cache"));
  }

  public static EcgConfig reference(String... overrides) {
    return loader(overrides).toEcgConfig();
  }

  public static ConfigLoader loader(String... overrides) {
    List<String> all = new ArrayList<>(List.of("input.paths=[\"" + TestPaths.ecgCsv() + "\"]"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load(null, all);
  }
}
