package org.ecgautoencoder.recording;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ecgautoencoder.config.InputFormat;
import org.ecgautoencoder.config.RecordingConfig;
import org.ecgautoencoder.detect.BeatMatch;
import org.ecgautoencoder.detect.BeatMatching;
import org.ecgautoencoder.detect.PanTompkinsDetector;
import org.ecgautoencoder.detect.QrsDetectorSettings;
import org.ecgautoencoder.detect.UnscorableStretches;
import org.ecgautoencoder.signal.Annotation;
import org.ecgautoencoder.signal.EdfHeader;
import org.ecgautoencoder.signal.EdfReader;
import org.ecgautoencoder.signal.Lead;
import org.ecgautoencoder.signal.MitAnnotationReader;
import org.ecgautoencoder.signal.Recording;
import org.ecgautoencoder.signal.RecordingFiles;
import org.ecgautoencoder.signal.RecordingFormatException;
import org.ecgautoencoder.signal.WfdbHeader;
import org.ecgautoencoder.signal.WfdbRecordReader;

/**
 * One recording read into beats, as a recipe: the header -> the lead ({@link LeadChoice}) -> its samples in mV ->
 * the stretches where the lead is off (no beats there) -> R-peaks (Pan and Tompkins 1985) -> the reference
 * annotations, where the record has them, matched to the detections as ANSI/AAMI EC57 does -> the beats cut with
 * their rhythm ({@link BeatExtraction}) -> the record's summary.
 *
 * <p>Memory: one lead is kept, as int[] and float[] (a 24-hour record at 360 Hz: 31 M samples, 250 MB together);
 * the detector streams over it with buffers of a few seconds.
 */
public final class RecordingReading {
  private RecordingReading() {}

  /** The beats found in a record, in R-peak order, and what reading it found. */
  public record Result(List<RecordingBeat> beats, RecordingSummary summary) {}

  /**
   * @param fileName the header (.hea) or EDF file, a name in {@code files}' folder
   * @param sourceFile its full path, as rows and messages name it
   * @throws UnreadableRecordingException for a record that cannot be read, with its reason
   */
  public static Result read(
      RecordingFiles files, String fileName, String sourceFile, InputFormat format, RecordingConfig config)
      throws IOException {
    try {
      return readChecked(files, fileName, sourceFile, format, config);
    } catch (RecordingFormatException e) {
      throw new UnreadableRecordingException(e.reason().name(), e.getMessage(), e);
    }
  }

  /**
   * The record's one lead {@code lead} names (a lead's name, or auto: {@link LeadChoice}), the others decoded for
   * their checksums and dropped: what the beats are found on, and what the report draws its strips from.
   *
   * @throws UnreadableRecordingException for a record that cannot be read, with its reason
   */
  public static Recording readLead(
      RecordingFiles files, String fileName, String sourceFile, InputFormat format, String lead) throws IOException {
    try {
      if (format == InputFormat.WFDB) {
        WfdbHeader header = WfdbRecordReader.readHeader(files, fileName);
        return WfdbRecordReader.read(files, header, new int[] {LeadChoice.of(header.leads(), lead, sourceFile)});
      }
      EdfHeader header = EdfReader.readHeader(files, fileName);
      return EdfReader.read(files, header, new int[] {LeadChoice.of(header.leads(), lead, sourceFile)});
    } catch (RecordingFormatException e) {
      throw new UnreadableRecordingException(e.reason().name(), e.getMessage(), e);
    }
  }

  private static Result readChecked(
      RecordingFiles files, String fileName, String sourceFile, InputFormat format, RecordingConfig config)
      throws IOException {
    Recording recording = readLead(files, fileName, sourceFile, format, config.lead());
    Lead lead = recording.keptLead(0);
    int[] digital = recording.digital()[0];
    double fs = recording.samplingFrequencyHz();
    float[] millivolts = new float[digital.length];
    for (int i = 0; i < digital.length; i++) {
      millivolts[i] = lead.millivolts(digital[i]);
    }
    UnscorableStretches unscorable = UnscorableStretches.find(
            digital, lead.digitalMin(), lead.digitalMax(), Math.abs(lead.gainPerMillivolt()), fs); // inverted leads too
    int[] detected = new PanTompkinsDetector(fs, QrsDetectorSettings.defaults()).detect(millivolts);
    ScorablePeaks peaks = ScorablePeaks.of(detected, unscorable);
    References references = References.read(files, recording.recordName(), config, sourceFile);
    String[] symbols = new String[peaks.rPeaks().length];
    long truePositives = 0;
    long falseNegatives = 0;
    long falsePositives = 0;
    if (references != null) {
      // EC57 leaves ventricular flutter episodes out of the beat-by-beat comparison: the detections in them
      // match nothing and miss nothing (they stay beats of the table, without a reference class).
      int[] compared = references.outsideFlutter(peaks.rPeaks());
      int[] detections = new int[compared.length];
      for (int i = 0; i < compared.length; i++) {
        detections[i] = peaks.rPeaks()[compared[i]];
      }
      BeatMatch match =
          BeatMatching.match(detections, references.samples(), (int) Math.round(config.matchToleranceSeconds() * fs));
      int[] matched = match.referenceIndexOfDetection();
      for (int i = 0; i < compared.length; i++) {
        symbols[compared[i]] = matched[i] < 0 ? null : references.symbols()[matched[i]];
      }
      truePositives = match.truePositives();
      falseNegatives = match.falseNegatives();
      falsePositives = match.falsePositives();
    }
    List<RecordingBeat> beats =
        BeatExtraction.beats(millivolts, fs, peaks.rPeaks(), peaks.brokenBefore(), symbols, config);
    RecordingSummary summary =
        new RecordingSummary(
            recording.recordName(), sourceFile, lead.name(), fs, digital.length / fs, beats.size(),
            unscorable.totalSeconds(), unscorable.stretches().size(),
            references == null ? -1 : references.samples().length, truePositives, falseNegatives, falsePositives);
    return new Result(beats, summary);
  }

  /**
   * A record's reference beats (beat annotations only: rhythm, noise and comment annotations are not beats) outside
   * its ventricular flutter episodes, and those episodes ({@code [} to {@code ]}, sample ranges).
   */
  private record References(int[] samples, String[] symbols, List<long[]> flutter) {
    static final String FLUTTER_START = "[";
    static final String FLUTTER_END = "]";

    /** The indexes of the {@code rPeaks} outside every flutter episode. */
    int[] outsideFlutter(int[] rPeaks) {
      int[] outside = new int[rPeaks.length];
      int n = 0;
      for (int i = 0; i < rPeaks.length; i++) {
        if (!inFlutter(rPeaks[i])) {
          outside[n++] = i;
        }
      }
      return java.util.Arrays.copyOf(outside, n);
    }

    boolean inFlutter(long sample) {
      for (long[] episode : flutter) {
        if (sample >= episode[0] && sample <= episode[1]) {
          return true;
        }
      }
      return false;
    }

    /** @return null where annotations are off or the record has no annotation file */
    static References read(RecordingFiles files, String recordName, RecordingConfig config, String sourceFile)
        throws IOException {
      if (!config.hasAnnotations()) {
        return null;
      }
      String name = recordName + "." + config.annotationExtension();
      if (!files.exists(name)) {
        return null;
      }
      List<Annotation> annotations;
      try (InputStream in = files.open(name)) {
        annotations = MitAnnotationReader.read(in, files.describe(name));
      } catch (IllegalArgumentException e) {
        throw new UnreadableRecordingException(
            "BAD_ANNOTATION_FILE", "The annotations of " + sourceFile + " cannot be read: " + e.getMessage(), e);
      }
      List<long[]> flutter = new ArrayList<>();
      long flutterStart = -1;
      for (Annotation annotation : annotations) {
        if (annotation.symbol().equals(FLUTTER_START)) {
          flutterStart = annotation.sample();
        } else if (annotation.symbol().equals(FLUTTER_END) && flutterStart >= 0) {
          flutter.add(new long[] {flutterStart, annotation.sample()});
          flutterStart = -1;
        }
      }
      if (flutterStart >= 0) {
        flutter.add(new long[] {flutterStart, Long.MAX_VALUE});
      }
      References episodes = new References(new int[0], new String[0], flutter);
      List<Annotation> beats = new ArrayList<>();
      for (Annotation annotation : annotations) {
        if (annotation.isBeat() && !episodes.inFlutter(annotation.sample())) {
          beats.add(annotation);
        }
      }
      int[] samples = new int[beats.size()];
      String[] symbols = new String[beats.size()];
      for (int i = 0; i < samples.length; i++) {
        long sample = beats.get(i).sample();
        if (sample > Integer.MAX_VALUE) {
          throw new UnreadableRecordingException(
              "BAD_ANNOTATION_FILE",
              files.describe(name) + " annotates sample " + sample + ", beyond any record this reader takes", null);
        }
        samples[i] = (int) sample;
        symbols[i] = beats.get(i).symbol();
      }
      return new References(samples, symbols, flutter);
    }
  }
}
