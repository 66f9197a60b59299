package org.ecgautoencoder.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecgautoencoder.detect.BeatMatch;
import org.ecgautoencoder.detect.BeatMatching;
import org.ecgautoencoder.detect.MitdbTestRecord;
import org.ecgautoencoder.detect.PanTompkinsDetector;
import org.ecgautoencoder.detect.QrsDetectorSettings;
import org.ecgautoencoder.detect.UnscorableStretches;
import org.ecgautoencoder.signal.Lead;

/**
 * The QRS detector against the shared MIT-BIH records' reference beats (first lead, EC57 matching within
 * 150 ms, ventricular flutter episodes left out as EC57 prescribes, the detections there counted apart):
 * per record and gross TP, FN, FP, Se, +P, the mean and median absolute offset of matched R peaks in
 * samples, the unscorable seconds, and the detector's time per sample. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:DEPS org.ecgautoencoder.bench.QrsDetectorBenchmark [records]}.
 */
public final class QrsDetectorBenchmark {
  /** EC57's matching window. */
  private static final double MATCH_TOLERANCE_SECONDS = 0.150;

  /** Detector passes over all records for the timing; the first warms the JIT and is not counted. */
  private static final int TIMING_PASSES = 4;

  private QrsDetectorBenchmark() {}

  public static void main(String[] args) {
    List<String> names = args.length > 0 ? List.of(args) : MitdbTestRecord.SHARED_RECORDS;
    List<MitdbTestRecord> records = names.stream().map(MitdbTestRecord::load).toList();
    QrsDetectorSettings settings = QrsDetectorSettings.defaults();
    Totals all = new Totals();
    Totals unpaced = new Totals();
    System.out.printf(
        Locale.ROOT, "%-6s %6s %5s %5s %5s %8s %8s %9s %9s %10s %6s%n", "record", "beats", "TP", "FN", "FP", "Se%",
        "+P%", "mean|off|", "median", "unscor_s", "in_VF");
    for (MitdbTestRecord record : records) {
      double fs = record.samplingFrequencyHz();
      int[] allDetected = new PanTompkinsDetector(fs, settings).detect(record.millivolts());
      int[] detected = Arrays.stream(allDetected).filter(i -> !record.inFlutter(i)).toArray();
      int[] reference = Arrays.stream(record.referenceBeats()).filter(i -> !record.inFlutter(i)).toArray();
      BeatMatch match = BeatMatching.match(detected, reference, (int) Math.round(MATCH_TOLERANCE_SECONDS * fs));
      int[] offsets = absoluteOffsets(detected, reference, match);
      Lead lead = record.lead();
      UnscorableStretches unscorable =
          UnscorableStretches.find(record.digital(), lead.digitalMin(), lead.digitalMax(), lead.gainPerMillivolt(), fs);
      System.out.printf(
          Locale.ROOT, "%-6s %6d %5d %5d %5d %8.3f %8.3f %9.2f %9.1f %10.1f %6d%n", record.name(),
          reference.length, match.truePositives(), match.falseNegatives(), match.falsePositives(),
          100 * match.sensitivity(), 100 * match.positivePredictivity(), mean(offsets), median(offsets),
          unscorable.totalSeconds(), allDetected.length - detected.length);
      all.add(match, offsets);
      if (!MitdbTestRecord.PACED_RECORDS.contains(record.name())) {
        unpaced.add(match, offsets);
      }
    }
    all.print("gross");
    unpaced.print("unpaced");
    time(records, settings);
  }

  private static void time(List<MitdbTestRecord> records, QrsDetectorSettings settings) {
    List<float[]> signals = records.stream().map(MitdbTestRecord::millivolts).toList();
    long samples = signals.stream().mapToLong(s -> s.length).sum();
    long bestNanos = Long.MAX_VALUE;
    long beats = 0;
    for (int pass = 0; pass < TIMING_PASSES; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < signals.size(); i++) {
        beats += new PanTompkinsDetector(records.get(i).samplingFrequencyHz(), settings).detect(signals.get(i)).length;
      }
      long nanos = System.nanoTime() - start;
      if (pass > 0) {
        bestNanos = Math.min(bestNanos, nanos);
      }
    }
    System.out.printf(
        Locale.ROOT, "timing: %d samples, best of %d passes %.3f s, %.1f ns per sample (%d beats)%n", samples,
        TIMING_PASSES - 1, bestNanos / 1e9, (double) bestNanos / samples, beats);
  }

  private static int[] absoluteOffsets(int[] detected, int[] reference, BeatMatch match) {
    int[] referenceOf = match.referenceIndexOfDetection();
    return java.util.stream.IntStream.range(0, detected.length)
        .filter(i -> referenceOf[i] != BeatMatch.UNMATCHED)
        .map(i -> Math.abs(detected[i] - reference[referenceOf[i]]))
        .toArray();
  }

  private static double mean(int[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  private static double median(int[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  /** Gross sums over records (EC57's gross statistics). */
  private static final class Totals {
    private long truePositives;
    private long falseNegatives;
    private long falsePositives;
    private int[] offsets = new int[0];

    void add(BeatMatch match, int[] recordOffsets) {
      truePositives += match.truePositives();
      falseNegatives += match.falseNegatives();
      falsePositives += match.falsePositives();
      int old = offsets.length;
      offsets = Arrays.copyOf(offsets, old + recordOffsets.length);
      System.arraycopy(recordOffsets, 0, offsets, old, recordOffsets.length);
    }

    void print(String label) {
      System.out.printf(
          Locale.ROOT, "%-7s %5s %5d %5d %5d %8.3f %8.3f %9.2f %9.1f%n", label,
          "", truePositives, falseNegatives, falsePositives,
          100.0 * truePositives / (truePositives + falseNegatives),
          100.0 * truePositives / (truePositives + falsePositives), mean(offsets), median(offsets));
    }
  }
}
