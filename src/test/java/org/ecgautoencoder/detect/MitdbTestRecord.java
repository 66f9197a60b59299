package org.ecgautoencoder.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecgautoencoder.signal.Annotation;
import org.ecgautoencoder.signal.Lead;
import org.ecgautoencoder.signal.LocalRecordingFiles;
import org.ecgautoencoder.signal.MitAnnotationReader;
import org.ecgautoencoder.signal.Recording;
import org.ecgautoencoder.signal.WfdbRecordReader;
import org.ecgautoencoder.testing.TestPaths;

/**
 * One shared MIT-BIH record as the detector's tests and benchmark use it: its first signal (MLII in the records
 * used here) and its reference beats, read through the signal package's readers.
 *
 * @param digital first signal's samples in ADC units, as stored
 * @param lead how {@code digital} maps to millivolts, and its ADC limits
 * @param referenceBeats sample indices of the beat annotations, ascending; WFDB's isqrs minus '!' (ventricular
 *     flutter waves), which EC57 does not compare beat by beat
 * @param flutterEpisodes ventricular flutter or fibrillation episodes, from each '[' to its ']' annotation:
 *     start and end sample, alternately (EC57 leaves them out of the beat-by-beat comparison)
 */
public record MitdbTestRecord(
    String name, double samplingFrequencyHz, int[] digital, Lead lead, int[] referenceBeats, int[] flutterEpisodes) {

  /** The 26 shared records (de Chazal's DS1 and the four paced ones). */
  public static final List<String> SHARED_RECORDS = TestPaths.MITDB_RECORDS;

  /** The paced records, usually reported apart. */
  public static final Set<String> PACED_RECORDS = Set.of("102", "104", "107", "217");

  private static final String FLUTTER_WAVE = "!";
  private static final String FLUTTER_START = "[";
  private static final String FLUTTER_END = "]";

  /** The first signal only: MLII in every shared record but 102 and 104 (V5). */
  private static final int[] FIRST_LEAD = {0};

  public static Path dataDir() {
    return TestPaths.mitdbDir();
  }

  public static MitdbTestRecord load(String name) {
    Path dir = dataDir();
    try {
      Recording recording = WfdbRecordReader.read(new LocalRecordingFiles(dir), name + ".hea", FIRST_LEAD);
      int[] digital = recording.digital()[0];
      List<Annotation> annotations;
      try (InputStream in = Files.newInputStream(dir.resolve(name + ".atr"))) {
        annotations = MitAnnotationReader.read(in, name + ".atr");
      }
      return new MitdbTestRecord(
          name, recording.samplingFrequencyHz(), digital, recording.keptLead(0), referenceBeats(annotations),
          flutterEpisodes(annotations, digital.length));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed reading MIT-BIH record " + name + " in " + dir, e);
    }
  }

  /** The first signal in millivolts. */
  public float[] millivolts() {
    float[] mv = new float[digital.length];
    for (int i = 0; i < digital.length; i++) {
      mv[i] = lead.millivolts(digital[i]);
    }
    return mv;
  }

  /** Whether {@code sample} lies in a flutter episode. */
  public boolean inFlutter(int sample) {
    for (int i = 0; i < flutterEpisodes.length; i += 2) {
      if (sample >= flutterEpisodes[i] && sample < flutterEpisodes[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static int[] referenceBeats(List<Annotation> annotations) {
    return annotations.stream()
        .filter(a -> a.isBeat() && !a.symbol().equals(FLUTTER_WAVE))
        .mapToInt(a -> Math.toIntExact(a.sample()))
        .toArray();
  }

  /** Each '[' to the next ']'; an episode still open at the end runs to the record's end. */
  private static int[] flutterEpisodes(List<Annotation> annotations, int length) {
    List<Integer> bounds = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.symbol().equals(FLUTTER_START) && bounds.size() % 2 == 0) {
        bounds.add(Math.toIntExact(a.sample()));
      } else if (a.symbol().equals(FLUTTER_END) && bounds.size() % 2 == 1) {
        bounds.add(Math.toIntExact(a.sample()));
      }
    }
    if (bounds.size() % 2 == 1) {
      bounds.add(length);
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }
}
