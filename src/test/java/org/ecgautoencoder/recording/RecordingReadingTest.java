package org.ecgautoencoder.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.signal.LocalRecordingFiles;
import org.ecgautoencoder.testing.TestConfigs;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One record read into beats, off Spark: detection against its annotations, and the records that cannot be read. */
class RecordingReadingTest {
  private static final RecordingConfig DEFAULTS = TestConfigs.RECORDING_DEFAULTS;

  private static RecordingReading.Result read(Path dir, String file, InputFormat format, RecordingConfig config)
      throws Exception {
    return RecordingReading.read(new LocalRecordingFiles(dir), file, dir.resolve(file).toString(), format, config);
  }

  @Test
  void record207sFlutterEpisodesStayOutOfTheDetectionComparisonAsEc57Says() throws Exception {
    RecordingSummary summary = read(TestPaths.mitdbDir(), "207.hea", InputFormat.WFDB, DEFAULTS).summary();
    // 207 holds 1,860 beats outside its ventricular flutter episodes (and 472 flutter waves inside them).
    assertThat(summary.referenceBeats()).isEqualTo(1860);
    assertThat(summary.truePositives()).isGreaterThanOrEqualTo(1850);
    assertThat(summary.falsePositives()).isLessThan(20);
  }

  @Test
  void aRecordWithoutItsAnnotationFileIsReadUnlabelled(@TempDir Path dir) throws Exception {
    Files.copy(TestPaths.mitdbDir().resolve("119.hea"), dir.resolve("119.hea"));
    Files.copy(TestPaths.mitdbDir().resolve("119.dat"), dir.resolve("119.dat"));

    RecordingReading.Result result = read(dir, "119.hea", InputFormat.WFDB, DEFAULTS);

    assertThat(result.summary().annotated()).isFalse();
    assertThat(result.beats()).hasSizeBetween(1980, 2000);
    assertThat(result.beats()).allSatisfy(beat -> assertThat(beat.referenceClass()).isNull());
  }

  @Test
  void aLeadTheRecordDoesNotHaveRejectsItNamingItsLeads() {
    RecordingConfig v5 =
        new RecordingConfig(
            "V5", 0.25, 0.45, 140, DEFAULTS.normalisation(), DEFAULTS.calibration(), false, 1, 8, "atr", 0.15);
    assertThatThrownBy(() -> read(TestPaths.mitdbDir(), "119.hea", InputFormat.WFDB, v5))
        .isInstanceOfSatisfying(
            UnreadableRecordingException.class, e -> assertThat(e.reason()).isEqualTo("MISSING_LEAD"))
        .hasMessageContaining("has no lead V5")
        .hasMessageContaining("[MLII, V1]");
  }

  @Test
  void anEdfFileWhoseHeaderLiesAboutItsLengthIsRejectedWithThatReason(@TempDir Path dir) throws Exception {
    byte[] edf = Files.readAllBytes(TestPaths.mitdbEdfDir().resolve("101.edf"));
    Files.write(dir.resolve("101.edf"), java.util.Arrays.copyOf(edf, edf.length - 4));
    assertThatThrownBy(() -> read(dir, "101.edf", InputFormat.EDF, DEFAULTS))
        .isInstanceOfSatisfying(
            UnreadableRecordingException.class, e -> assertThat(e.reason()).isEqualTo("EDF_LENGTH_MISMATCH"))
        .hasMessageContaining("101.edf");
  }

  @Test
  void aHeaderNamingAnUnknownSignalFormatIsRejectedNamingTheSupportedOnes(@TempDir Path dir) throws Exception {
    String header = Files.readString(TestPaths.mitdbDir().resolve("119.hea")).replace(" 212 ", " 999 ");
    Files.writeString(dir.resolve("119.hea"), header);
    Files.copy(TestPaths.mitdbDir().resolve("119.dat"), dir.resolve("119.dat"));
    assertThatThrownBy(() -> read(dir, "119.hea", InputFormat.WFDB, DEFAULTS))
        .isInstanceOfSatisfying(
            UnreadableRecordingException.class, e -> assertThat(e.reason()).isEqualTo("UNSUPPORTED_SIGNAL_FORMAT"))
        .hasMessageContaining("999")
        .hasMessageContaining("212");
  }

  @Test
  void theRecordMedianBeatIsSubtractedPositionByPosition() {
    List<float[]> beats = List.of(new float[] {1, 10, 7}, new float[] {3, 20, 7}, new float[] {2, 0, 7});
    RecordMedianBeat.subtract(beats, 2);
    assertThat(beats.get(0)).containsExactly(-1, 0, 7);
    assertThat(beats.get(1)).containsExactly(1, 10, 7);
    assertThat(beats.get(2)).containsExactly(0, -10, 7);
  }

  @Test
  void theScaledCalibrationDividesByTheMedianOverPositionsOfEachPositionsMedianAbsoluteDeviation() {
    // Positions' deviations from the median beat: 2, 4 and 6 (their medians of absolute values): spread 4.
    List<float[]> beats =
        List.of(new float[] {0, 0, 0, 9}, new float[] {2, 4, 6, 9}, new float[] {4, 8, 12, 9});
    RecordMedianBeat.subtractAndScale(beats, 3);
    assertThat(beats.get(0)).containsExactly(-0.5f, -1f, -1.5f, 9f);
    assertThat(beats.get(1)).containsExactly(0f, 0f, 0f, 9f);
    assertThat(beats.get(2)).containsExactly(0.5f, 1f, 1.5f, 9f);
  }
}
