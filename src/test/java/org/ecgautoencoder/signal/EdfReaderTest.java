package org.ecgautoencoder.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ecgautoencoder.signal.EdfTestFiles.Signal;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdfReaderTest {
  @TempDir Path dir;

  /** BioSig's independent conversion of 101 and 208 agrees with the WFDB originals within the two quanta. */
  @ParameterizedTest
  @ValueSource(strings = {"101", "208"})
  void mitdbEdfMatchesTheWfdbRecord(String record) throws Exception {
    Recording edf = EdfReader.read(new LocalRecordingFiles(TestPaths.mitdbEdfDir()), record + ".edf", new int[] {0, 1});
    Recording wfdb =
        WfdbRecordReader.read(new LocalRecordingFiles(TestPaths.mitdbDir()), record + ".hea", new int[] {0, 1});
    assertThat(edf.recordName()).isEqualTo(record);
    assertThat(edf.samplingFrequencyHz()).isEqualTo(360.0);
    assertThat(edf.samplesPerSignal()).isEqualTo(wfdb.samplesPerSignal()).isEqualTo(650_000);
    assertThat(edf.leads()).extracting(Lead::name).isEqualTo(wfdb.leads().stream().map(Lead::name).toList());
    for (int lead = 0; lead < 2; lead++) {
      Lead edfLead = edf.keptLead(lead);
      Lead wfdbLead = wfdb.keptLead(lead);
      // One WFDB quantum (1/200 mV) plus one EDF quantum, plus float rounding.
      double tolerance = 1 / wfdbLead.gainPerMillivolt() + 1 / edfLead.gainPerMillivolt() + 1e-5;
      double worst = 0;
      for (int i = 0; i < 650_000; i++) {
        double difference = Math.abs(
            edfLead.millivolts(edf.digital()[lead][i]) - wfdbLead.millivolts(wfdb.digital()[lead][i]));
        worst = Math.max(worst, difference);
      }
      assertThat(worst).as("%s lead %s", record, edfLead.name()).isLessThanOrEqualTo(tolerance);
    }
  }

  @Test
  void oneSecondRecordsOf360SamplesBesideAnAnnotationSignal() throws Exception {
    short[] ecg = new short[3 * 360];
    for (int i = 0; i < ecg.length; i++) {
      ecg[i] = (short) (i * 57 - 30_000);
    }
    short[] annotations = new short[3 * 30];
    Files.write(dir.resolve("rec.edf"), EdfTestFiles.edf("EDF+C", "3", "1", List.of(
        new Signal("ECG I", "uV", -3276.8, 3276.7, -32768, 32767, 360, ecg),
        new Signal("EDF Annotations", "", -1, 1, -32768, 32767, 30, annotations)), 3));
    Recording recording = EdfReader.read(new LocalRecordingFiles(dir), "rec.edf", new int[] {0});
    assertThat(recording.samplingFrequencyHz()).isEqualTo(360.0);
    assertThat(recording.samplesPerSignal()).isEqualTo(1080);
    assertThat(recording.leads()).extracting(Lead::name).containsExactly("ECG I");
    assertThat(Arrays.stream(recording.digital()[0]).mapToObj(v -> (short) v).toList())
        .isEqualTo(toList(ecg));
    Lead lead = recording.keptLead(0);
    // 0.1 uV per digital unit: 10,000 units per mV, 0 mV at digital 0.
    assertThat(lead.gainPerMillivolt()).isCloseTo(10_000, within(1e-6));
    assertThat(lead.millivolts(12_345)).isCloseTo(1.2345f, within(1e-6f));
    assertThat(lead.atLimit(-32768)).isTrue();
  }

  @Test
  void unknownRecordCountIsTakenFromTheFileSize() throws Exception {
    short[] ecg = {1, 2, 3, 4, 5, 6};
    Files.write(dir.resolve("u.edf"), EdfTestFiles.edf("", "-1", "0.5", List.of(
        new Signal("II", "mV", -5, 5, -2048, 2047, 2, ecg)), 3));
    Recording recording = EdfReader.read(new LocalRecordingFiles(dir), "u.edf", new int[] {0});
    assertThat(recording.samplesPerSignal()).isEqualTo(6);
    assertThat(recording.samplingFrequencyHz()).isEqualTo(4.0);
    assertThat(recording.digital()[0]).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void anEdfShorterThanItsHeaderSaysIsRefusedWithTheNumbers() throws Exception {
    byte[] edf = EdfTestFiles.edf("", "4", "1", List.of(new Signal("II", "mV", -5, 5, -2048, 2047, 2, new short[8])), 4);
    Files.write(dir.resolve("short.edf"), Arrays.copyOf(edf, edf.length - 3));
    assertThatThrownBy(() -> EdfReader.read(new LocalRecordingFiles(dir), "short.edf", new int[] {0}))
        .isInstanceOf(RecordingFormatException.class)
        .hasMessage("short.edf's header lies about its length: it says 4 data records of 4 bytes after a 512-byte"
            + " header (528 bytes) but the file has 525 bytes; the file is truncated")
        .extracting(e -> ((RecordingFormatException) e).reason()).isEqualTo(Reason.EDF_LENGTH_MISMATCH);
  }

  @Test
  void discontinuousAndMixedRateFilesAreRefusedByName() throws Exception {
    Files.write(dir.resolve("d.edf"), EdfTestFiles.edf("EDF+D", "1", "1",
        List.of(new Signal("II", "mV", -5, 5, -2048, 2047, 2, new short[2])), 1));
    assertThatThrownBy(() -> EdfReader.read(new LocalRecordingFiles(dir), "d.edf", new int[] {0}))
        .hasMessageContaining("d.edf is EDF+D");
    Files.write(dir.resolve("m.edf"), EdfTestFiles.edf("", "1", "1", List.of(
        new Signal("II", "mV", -5, 5, -2048, 2047, 2, new short[2]),
        new Signal("V1", "mV", -5, 5, -2048, 2047, 4, new short[4])), 1));
    assertThatThrownBy(() -> EdfReader.read(new LocalRecordingFiles(dir), "m.edf", new int[] {0}))
        .hasMessageContaining("lead V1 has 4 samples per record but lead II has 2")
        .extracting(e -> ((RecordingFormatException) e).reason()).isEqualTo(Reason.UNSUPPORTED_LAYOUT);
  }

  @Test
  void aBadNumericFieldNamesTheSignalAndField() throws Exception {
    byte[] edf = EdfTestFiles.edf("", "1", "1", List.of(new Signal("II", "mV", -5, 5, -2048, 2047, 2, new short[2])), 1);
    // The digital minimum field of signal 0 starts at 256 + 16 + 80 + 8 + 8 + 8.
    System.arraycopy("abc     ".getBytes(), 0, edf, 376, 8);
    Files.write(dir.resolve("bad.edf"), edf);
    assertThatThrownBy(() -> EdfReader.readHeader(new LocalRecordingFiles(dir), "bad.edf"))
        .hasMessage("EDF header of bad.edf: signal 0 (II): digital minimum 'abc' is not an integer");
  }

  private static List<Short> toList(short[] values) {
    Short[] boxed = new Short[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return List.of(boxed);
  }
}
