package org.ecgautoencoder.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecgautoencoder.signal.WfdbTestRecords.encode;
import static org.ecgautoencoder.signal.WfdbTestRecords.interleave;
import static org.ecgautoencoder.signal.WfdbTestRecords.signalLine;
import static org.ecgautoencoder.signal.WfdbTestRecords.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiny records written here, in every format, and every way a record can be wrong. */
class WfdbRecordReaderTest {
  @TempDir Path dir;

  private RecordingFiles files() {
    return new LocalRecordingFiles(dir);
  }

  /** Two interleaved signals; odd frame counts leave a partial packing group at the end of 212, 310 and 311. */
  @ParameterizedTest
  @CsvSource({"16, 16, 7", "16, 16, 8", "61, 16, 5", "160, 16, 5", "80, 8, 9", "24, 24, 5", "212, 12, 7",
      "212, 12, 6", "212, 12, 1", "310, 10, 7", "310, 10, 8", "310, 10, 9", "311, 10, 7", "311, 10, 8", "311, 10, 9"})
  void decodesEveryFormatWithOddAndEvenCounts(int format, int bits, int frames) throws Exception {
    SplittableRandom random = new SplittableRandom(format * 31L + frames);
    int[] a = randomSamples(random, bits, frames);
    int[] b = randomSamples(random, bits, frames);
    a[0] = -(1 << (bits - 1)); // the most negative value, e.g. 212's invalid-sample -2048
    write(dir, "r.dat", encode(format, interleave(a, b)));
    write(dir, "r.hea", "r 2 500 " + frames + "\n"
        + signalLine("r.dat", Integer.toString(format), "100(0)/mV", bits, 0, a, "I") + "\n"
        + signalLine("r.dat", Integer.toString(format), "100(0)/mV", bits, 0, b, "II") + "\n");
    Recording recording = WfdbRecordReader.read(files(), "r.hea", new int[] {1, 0});
    assertThat(recording.digital()[0]).containsExactly(b);
    assertThat(recording.digital()[1]).containsExactly(a);
    assertThat(recording.keptLead(1).atLimit(a[0])).isTrue();
    assertThat(recording.samplingFrequencyHz()).isEqualTo(500.0);
  }

  /** One signal: every remainder of the sample count modulo 212's and 310/311's packing groups. */
  @ParameterizedTest
  @CsvSource({"212, 12", "310, 10", "311, 10"})
  void oddSampleCountsInOneSignalLeaveAPartialLastGroup(int format, int bits) throws Exception {
    SplittableRandom random = new SplittableRandom(format);
    for (int frames = 1; frames <= 7; frames++) {
      int[] a = randomSamples(random, bits, frames);
      String name = "o" + format + "_" + frames;
      write(dir, name + ".dat", encode(format, a));
      write(dir, name + ".hea", name + " 1 360 " + frames + "\n"
          + signalLine(name + ".dat", Integer.toString(format), "200", bits, 0, a, "II") + "\n");
      assertThat(WfdbRecordReader.read(files(), name + ".hea", new int[] {0}).digital()[0])
          .as("format %s, %s samples", format, frames).containsExactly(a);
    }
  }

  @Test
  void packedFormatsMatchHandWorkedBytes() throws Exception {
    // 212: samples 0x123 and -2 (0xFFE): 0x23, (0x1 | 0xF << 4), 0xFE.
    assertThat(decode(212, new byte[] {0x23, (byte) 0xF1, (byte) 0xFE}, 2)).containsExactly(0x123, -2);
    // 310: w0 = 1 << 1 | 0b00011 << 11, w1 = 0x3ff << 1 | 0b00000 << 11: samples 1, -1, 3.
    assertThat(decode(310, new byte[] {0x02, 0x18, (byte) 0xFE, 0x07}, 3)).containsExactly(1, -1, 3);
    // 311: 5 | 511 << 10 | 512 << 20 = 0x2007_FC05: samples 5, 511, -512.
    assertThat(decode(311, new byte[] {0x05, (byte) 0xFC, 0x07, 0x20}, 3)).containsExactly(5, 511, -512);
  }

  @Test
  void format8AddsFirstDifferencesToTheInitialValue() throws Exception {
    write(dir, "d.dat", new byte[] {2, 10, -1, -20, 3, 0});
    write(dir, "d.hea", "d 2 100 3\nd.dat 8 200 8 0 100\nd.dat 8 200 8 0 -50\n");
    Recording recording = WfdbRecordReader.read(files(), "d.hea", new int[] {0, 1});
    assertThat(recording.digital()[0]).containsExactly(102, 101, 104);
    assertThat(recording.digital()[1]).containsExactly(-40, -60, -60);
  }

  @Test
  void signalsInTwoFilesWithAByteOffsetAndHeaderDefaults() throws Exception {
    int[] a = {5, -6, 7, -8, 9};
    int[] b = {100, 200, -300, 400, -500};
    write(dir, "a.dat", encode(16, a));
    byte[] withPrefix = new byte[512 + 10];
    System.arraycopy(encode(16, b), 0, withPrefix, 512, 10);
    write(dir, "b.dat", withPrefix);
    write(dir, "two.hea", "# a comment before the record line\n"
        + "two 2 128/1000(5) 5 10:11:12 01/02/2003\n"
        + signalLine("a.dat", "16", "400/uV", 16, 0, a, "chest lead V1") + "\n"
        + "b.dat 16+512\n"
        + "#extra comment\n");
    WfdbHeader header = WfdbRecordReader.readHeader(files(), "two.hea");
    assertThat(header.counterFrequencyHz()).isEqualTo(1000.0);
    assertThat(header.baseCounterValue()).isEqualTo(5.0);
    assertThat(header.baseTime()).isEqualTo("10:11:12");
    assertThat(header.baseDate()).isEqualTo("01/02/2003");
    assertThat(header.comments()).containsExactly("a comment before the record line", "extra comment");
    WfdbSignalSpec defaults = header.signals().get(1);
    assertThat(defaults.adcGain()).isEqualTo(200.0);
    assertThat(defaults.units()).isEqualTo("mV");
    assertThat(defaults.adcResolution()).isEqualTo(16);
    assertThat(defaults.byteOffset()).isEqualTo(512);
    assertThat(defaults.initialValue()).isEmpty();
    assertThat(defaults.description()).isEqualTo("signal 1");
    Recording recording = WfdbRecordReader.read(files(), header, new int[] {0, 1});
    assertThat(recording.digital()[0]).containsExactly(a);
    assertThat(recording.digital()[1]).containsExactly(b);
    Lead v1 = recording.keptLead(0);
    assertThat(v1.name()).isEqualTo("chest lead V1");
    assertThat(v1.gainPerMillivolt()).isEqualTo(400_000.0); // 400 per uV
    assertThat(recording.leads().get(1).digitalMin()).isEqualTo(-32768);
  }

  @Test
  void aNonVoltageSignalIsDecodedButIsNoLead() throws Exception {
    int[] bp = {80, 90, 100};
    int[] ecg = {1, 2, 3};
    write(dir, "m.dat", encode(16, interleave(bp, ecg)));
    write(dir, "m.hea", "m 2 125 3\n" + signalLine("m.dat", "16", "10/mmHg", 16, 0, bp, "ABP") + "\n"
        + signalLine("m.dat", "16", "200/mV", 16, 0, ecg, "II") + "\n");
    Recording recording = WfdbRecordReader.read(files(), "m.hea", new int[] {0});
    assertThat(recording.leads()).extracting(Lead::name).containsExactly("II");
    assertThat(recording.digital()[0]).containsExactly(ecg);
  }

  @Test
  void aMissingSignalFileIsNamed() throws Exception {
    write(dir, "x.hea", "x 1 360 10\nx.dat 212 200 11 1024\n");
    assertRefused("x.hea", Reason.MISSING_SIGNAL_FILE, "x.dat")
        .hasMessageContaining("named in x.hea (record x, signal 0) does not exist");
  }

  @Test
  void aTruncatedSignalFileIsRefusedBeforeDecoding() throws Exception {
    write(dir, "101.dat", new byte[1_949_997]);
    write(dir, "101.hea", "101 2 360 650000\n101.dat 212 200 11 1024 0 0 0 MLII\n101.dat 212 200 11 1024 0 0 0 V1\n");
    assertRefused("101.hea", Reason.TRUNCATED_SIGNAL_FILE, "101.dat")
        .hasMessage("101.dat is truncated: header 101.hea says 650000 samples of 2 signals in format 212"
            + " (1950000 bytes) but the file has 1949997 bytes");
  }

  @Test
  void aFileLongerThanItsHeaderSaysIsRefused() throws Exception {
    write(dir, "l.dat", new byte[2 * 2 * 100 + 6]);
    write(dir, "l.hea", "l 2 360 100\nl.dat 16+4\nl.dat 16+4\n");
    assertRefused("l.hea", Reason.SIGNAL_FILE_LENGTH_MISMATCH, "l.dat")
        .hasMessage("l.dat is longer than its header says: header l.hea says 100 samples of 2 signals in format 16"
            + " (4-byte offset + 400 bytes) but the file has 406 bytes; the header's sample count or format is wrong");
  }

  @Test
  void anUnknownFormatNamesTheSupportedOnes() throws Exception {
    write(dir, "101.hea", "101 2 360 650000\n101.dat 999 200 11 1024 0 0 0 MLII\n101.dat 999\n");
    assertRefused("101.hea", Reason.UNSUPPORTED_SIGNAL_FORMAT, "101.hea")
        .hasMessage("unsupported signal format 999 in 101.hea signal 0 (MLII); supported: 8, 16, 24, 32, 61, 80,"
            + " 160, 212, 310, 311");
  }

  @Test
  void aChecksumMismatchNamesFileSignalAndBothSums() throws Exception {
    int[] a = {1, 2, 3};
    write(dir, "c.dat", encode(16, a));
    write(dir, "c.hea", "c 1 360 3\nc.dat 16 200 16 0 1 -1234 0 MLII\n");
    assertRefused("c.hea", Reason.CHECKSUM_MISMATCH, "c.dat")
        .hasMessage("checksum mismatch in c.dat signal 0 (MLII) of record c: header c.hea says -1234, the samples"
            + " sum to 6 (mod 2^16, signed); the signal file or the header is corrupt");
  }

  @Test
  void anInitialValueMismatchIsRefused() throws Exception {
    write(dir, "i.dat", encode(16, new int[] {7, 8}));
    write(dir, "i.hea", "i 1 360 2\ni.dat 16 200 16 0 6 15 0 II\n");
    assertRefused("i.hea", Reason.INITIAL_VALUE_MISMATCH, "i.dat")
        .hasMessageContaining("header i.hea says 6, the first sample is 7");
  }

  @Test
  void badHeaderLinesNameTheLineAndField() throws Exception {
    write(dir, "h.hea", "h 1 360 10\nh.dat 212 200 eleven 1024\n");
    assertRefused("h.hea", Reason.BAD_HEADER, "h.hea")
        .hasMessage("h.hea line 2 ('h.dat 212 200 eleven 1024'): field ADC resolution 'eleven' is not an integer");
    write(dir, "g.hea", "g 1 360 10\ng.dat 212 2x0/mV\n");
    assertRefused("g.hea", Reason.BAD_HEADER, "g.hea").hasMessageContaining("signal 0: ADC gain '2x0/mV'");
    write(dir, "s.hea", "s 2 360 10\ns.dat 16\n");
    assertRefused("s.hea", Reason.BAD_HEADER, "s.hea")
        .hasMessageContaining("announces 2 signals but only 1 signal lines follow");
    write(dir, "f.hea", "f 1 fast 10\nf.dat 16\n");
    assertRefused("f.hea", Reason.BAD_HEADER, "f.hea").hasMessageContaining("sampling frequency 'fast'");
  }

  @Test
  void unsupportedLayoutsAreRefusedByName() throws Exception {
    write(dir, "mf.hea", "mf 1 360 10\nmf.dat 16x2 200 16 0 0 0 0 II\n");
    assertRefused("mf.hea", Reason.UNSUPPORTED_LAYOUT, "mf.hea").hasMessageContaining("2 samples per frame");
    write(dir, "seg.hea", "seg/2 1 360 10\nseg_1 5\n");
    assertRefused("seg.hea", Reason.UNSUPPORTED_LAYOUT, "seg.hea").hasMessageContaining("multi-segment");
  }

  @Test
  void aMissingSampleCountIsTakenFromTheFile() throws Exception {
    int[] a = {4, 5, 6, 7, 8};
    write(dir, "n.dat", encode(212, a));
    write(dir, "n.hea", "n 1\nn.dat 212\n");
    Recording recording = WfdbRecordReader.read(files(), "n.hea", new int[] {0});
    assertThat(recording.samplingFrequencyHz()).isEqualTo(250.0);
    assertThat(recording.digital()[0]).containsExactly(a);
  }

  @Test
  void wantedLeadsOutsideTheRecordAreRefused() throws Exception {
    write(dir, "w.dat", encode(16, new int[] {1}));
    write(dir, "w.hea", "w 1 360 1\nw.dat 16 200 16 0 1 1 0 II\n");
    assertThatThrownBy(() -> WfdbRecordReader.read(files(), "w.hea", new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record w has 1 leads (II); wanted lead 1 is not among them");
  }

  private int[] decode(int format, byte[] bytes, int frames) throws IOException {
    write(dir, "h" + format + ".dat", bytes);
    write(dir, "h" + format + ".hea", "h" + format + " 1 360 " + frames + "\nh" + format + ".dat " + format + "\n");
    return WfdbRecordReader.read(files(), "h" + format + ".hea", new int[] {0}).digital()[0];
  }

  private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      String header, Reason reason, String fileName) {
    return assertThatThrownBy(() -> WfdbRecordReader.read(files(), header, new int[] {0}))
        .isInstanceOfSatisfying(RecordingFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.fileName()).isEqualTo(fileName);
        });
  }

  private static int[] randomSamples(SplittableRandom random, int bits, int count) {
    int[] samples = new int[count];
    Arrays.setAll(samples, i -> random.nextInt(-(1 << (bits - 1)), 1 << (bits - 1)));
    return samples;
  }
}
