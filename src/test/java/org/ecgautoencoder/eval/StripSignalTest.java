package org.ecgautoencoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.recording.RecordingSummary;
import org.ecgautoencoder.signal.LocalRecordingFiles;
import org.ecgautoencoder.signal.Recording;
import org.ecgautoencoder.signal.WfdbRecordReader;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

/** The strip of MIT-BIH record 208's MLII, read on the driver over the Hadoop local filesystem from WFDB and EDF. */
class StripSignalTest {
  private static final long FROM = 360 * 113;
  private static final long TO = FROM + 3600;

  private static RecordingSummary summary(Path file) {
    return new RecordingSummary("208", file.toUri().toString(), "MLII", 360, 1805.6, 2955, 0, 0, 2955, 0, 0, 0);
  }

  @Test
  void theWfdbStripIsTheLeadInMillivoltsOverTheWindow() throws Exception {
    Path hea = TestPaths.mitdbDir().resolve("208.hea").toAbsolutePath();
    float[] strip = StripSignal.read(new Configuration(), InputFormat.WFDB, summary(hea), FROM, TO);

    Recording whole = WfdbRecordReader.read(new LocalRecordingFiles(TestPaths.mitdbDir()), "208.hea", new int[] {0});
    assertThat(whole.keptLead(0).name()).isEqualTo("MLII");
    assertThat(strip).hasSize(3600);
    for (int i = 0; i < strip.length; i++) {
      assertThat(strip[i]).isEqualTo(whole.keptLead(0).millivolts(whole.digital()[0][(int) FROM + i]));
    }
  }

  @Test
  void theEdfStripMatchesTheWfdbOneWithinTheTwoQuanta() {
    float[] wfdb =
        StripSignal.read(
            new Configuration(), InputFormat.WFDB, summary(TestPaths.mitdbDir().resolve("208.hea").toAbsolutePath()),
            FROM, TO);
    float[] edf =
        StripSignal.read(
            new Configuration(), InputFormat.EDF,
            summary(TestPaths.mitdbEdfDir().resolve("208.edf").toAbsolutePath()), FROM, TO);

    assertThat(edf).hasSameSizeAs(wfdb);
    for (int i = 0; i < edf.length; i++) {
      // One WFDB quantum (1/200 mV) and one EDF quantum, as EdfReaderTest allows.
      assertThat((double) edf[i]).isCloseTo(wfdb[i], within(0.011));
    }
  }

  @Test
  void aWindowPastTheEndStopsAtTheLastSample() {
    float[] strip =
        StripSignal.read(
            new Configuration(), InputFormat.WFDB, summary(TestPaths.mitdbDir().resolve("208.hea").toAbsolutePath()),
            650_000 - 100, 650_000 + 100);

    assertThat(strip).hasSize(100);
  }
}
