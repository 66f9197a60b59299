package org.ecgautoencoder.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 26 shared MIT-BIH records (SOURCE.md: their headers' checksums and first samples match the signals). */
class WfdbRecordReaderMitdbTest {
  private static final Logger LOG = LoggerFactory.getLogger(WfdbRecordReaderMitdbTest.class);
  private final RecordingFiles files = new LocalRecordingFiles(TestPaths.mitdbDir());

  @Test
  void everyHeaderParsesAsTwo212SignalsAt360Hz() throws Exception {
    for (String record : TestPaths.MITDB_RECORDS) {
      WfdbHeader header = WfdbRecordReader.readHeader(files, record + ".hea");
      assertThat(header.recordName()).isEqualTo(record);
      assertThat(header.samplingFrequencyHz()).isEqualTo(360.0);
      assertThat(header.samplesPerSignal()).isEqualTo(650_000);
      assertThat(header.signals()).hasSize(2).allSatisfy(s -> {
        assertThat(s.fileName()).isEqualTo(record + ".dat");
        assertThat(s.format()).isEqualTo(212);
        assertThat(s.adcGain()).isEqualTo(200.0);
        assertThat(s.adcResolution()).isEqualTo(11);
        assertThat(s.adcZero()).isEqualTo(1024);
        assertThat(s.initialValue()).isPresent();
        assertThat(s.checksum()).isPresent();
      });
      assertThat(header.leads()).extracting(Lead::name).first().isIn("MLII", "V5");
      assertThat(header.comments()).isNotEmpty();
    }
  }

  @Test
  void everyRecordDecodesWithItsHeadersChecksumsAndInitialValues() throws Exception {
    for (String record : TestPaths.MITDB_RECORDS) {
      // read() throws on any checksum or initial value mismatch; keep both leads to check them here too.
      Recording recording = WfdbRecordReader.read(files, record + ".hea", new int[] {0, 1});
      WfdbHeader header = WfdbRecordReader.readHeader(files, record + ".hea");
      assertThat(recording.samplesPerSignal()).isEqualTo(650_000);
      for (int lead = 0; lead < 2; lead++) {
        int[] samples = recording.digital()[lead];
        int sum = 0;
        for (int s : samples) {
          sum += s;
        }
        assertThat((short) sum).isEqualTo((short) header.signals().get(lead).checksum().getAsInt());
        assertThat(samples[0]).isEqualTo(header.signals().get(lead).initialValue().getAsInt());
      }
    }
  }

  @Test
  void record101MatchesItsHeaderAndScalesToMillivolts() throws Exception {
    Recording recording = WfdbRecordReader.read(files, "101.hea", new int[] {1});
    assertThat(recording.recordName()).isEqualTo("101");
    assertThat(recording.leads()).extracting(Lead::name).containsExactly("MLII", "V1");
    assertThat(recording.keptLeadIndexes()).containsExactly(1);
    assertThat(recording.digital()).hasDimensions(1, 650_000);
    Lead v1 = recording.keptLead(0);
    assertThat(v1).isEqualTo(new Lead("V1", "mV", 200.0, 1024.0, 0, 2047));
    assertThat(recording.digital()[0][0]).isEqualTo(992);
    assertThat(v1.millivolts(992)).isEqualTo(-0.16f);
    assertThat(recording.leadIndex("MLII")).isZero();
  }

  @Test
  void decodesOneRecordInWellUnderASecond() throws Exception {
    WfdbHeader header = WfdbRecordReader.readHeader(files, "208.hea");
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long started = System.nanoTime();
      WfdbRecordReader.read(files, header, new int[] {0});
      best = Math.min(best, System.nanoTime() - started);
    }
    LOG.info("208: 650,000 x 2 samples of format 212 decoded and checked in {} ms (best of 5)", best / 1_000_000);
    assertThat(best).isLessThan(500_000_000L);
  }

  @Test
  void keepingNoLeadStillVerifiesTheFile() throws Exception {
    Recording recording = WfdbRecordReader.read(files, "119.hea", new int[0]);
    assertThat(recording.digital()).isEmpty();
    assertThat(recording.leads()).hasSize(2);
    assertThat(List.of(recording.samplesPerSignal())).containsExactly(650_000L);
  }
}
