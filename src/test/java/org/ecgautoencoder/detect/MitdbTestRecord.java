package org.ecgautoencoder.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A test-only reader of one shared MIT-BIH record: its first signal (MLII in the records used here) from the
 * format-212 .dat and the beat annotations of its .atr. Stands in for the signal package's readers until they
 * are merged into this branch; the integrator switches the tests to those. Follows PhysioNet's header(5),
 * signal(5) and annot(5).
 *
 * @param digital first signal's samples in ADC units, as stored (two's-complement 12-bit)
 * @param referenceBeats sample indices of the beat annotations, ascending
 * @param flutterEpisodes ventricular flutter or fibrillation episodes, from each '[' to its ']' annotation:
 *     start and end sample, alternately (EC57 leaves them out of the beat-by-beat comparison)
 */
public record MitdbTestRecord(
    String name,
    double samplingFrequencyHz,
    int[] digital,
    double gainPerMillivolt,
    int baseline,
    int digitalMin,
    int digitalMax,
    int[] referenceBeats,
    int[] flutterEpisodes) {

  /** The 26 shared records (de Chazal's DS1 and the four paced ones). */
  public static final List<String> SHARED_RECORDS =
      List.of(
          "101", "102", "104", "106", "107", "108", "109", "112", "114", "115", "116", "118", "119",
          "122", "124", "201", "203", "205", "207", "208", "209", "215", "217", "220", "223", "230");

  /** The paced records, usually reported apart. */
  public static final Set<String> PACED_RECORDS = Set.of("102", "104", "107", "217");

  /** annot(5) codes that are beats: N L R a V F J A S E j / Q, and e n f (EC57's beat labels). */
  private static final Set<Integer> BEAT_CODES =
      Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 34, 35, 38);

  /** annot(5): VFON '[' and VFOFF ']'. */
  private static final int FLUTTER_START = 32;

  private static final int FLUTTER_END = 33;

  private static final int SKIP = 59;
  private static final int AUX = 63;
  private static final int FIRST_FIELD_CODE = 60;
  private static final int LAST_FIELD_CODE = 62;

  /** ../shared/data/mitdb beside the checkout; override with -Dmitdb.data.dir. */
  public static Path dataDir() {
    Path dir = Path.of(System.getProperty("mitdb.data.dir", "../shared/data/mitdb"));
    if (!Files.isRegularFile(dir.resolve("101.hea"))) {
      throw new IllegalStateException(
          "MIT-BIH records not found at " + dir.toAbsolutePath() + "; set -Dmitdb.data.dir to their folder");
    }
    return dir;
  }

  public static MitdbTestRecord load(String name) {
    Path dir = dataDir();
    try {
      List<String> header = Files.readAllLines(dir.resolve(name + ".hea"));
      String[] record = header.get(0).trim().split("\\s+");
      int signals = Integer.parseInt(record[1]);
      double fs = Double.parseDouble(record[2]);
      String[] first = header.get(1).trim().split("\\s+");
      if (!first[1].equals("212") || signals != 2) {
        throw new IllegalStateException(name + ": only two-signal format 212 is read here, not " + first[1]);
      }
      double gain = Double.parseDouble(first[2].replaceAll("[(/].*", ""));
      int resolutionBits = Integer.parseInt(first[3]);
      int adcZero = Integer.parseInt(first[4]);
      int[] digital = firstSignal212(Files.readAllBytes(dir.resolve(name + ".dat")));
      byte[] annotations = Files.readAllBytes(dir.resolve(name + ".atr"));
      int half = 1 << (resolutionBits - 1);
      return new MitdbTestRecord(
          name, fs, digital, gain, adcZero, adcZero - half, adcZero + half - 1,
          annotationTimes(annotations, BEAT_CODES), flutterEpisodes(annotations, digital.length));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed reading MIT-BIH record " + name + " in " + dir, e);
    }
  }

  /** The first signal in millivolts. */
  public float[] millivolts() {
    float[] mv = new float[digital.length];
    for (int i = 0; i < digital.length; i++) {
      mv[i] = (float) ((digital[i] - baseline) / gainPerMillivolt);
    }
    return mv;
  }

  private static int[] firstSignal212(byte[] bytes) {
    int frames = bytes.length / 3;
    int[] samples = new int[frames];
    for (int f = 0; f < frames; f++) {
      int low = bytes[3 * f] & 0xFF;
      int high = bytes[3 * f + 1] & 0x0F;
      int value = low | (high << 8);
      samples[f] = value >= 2048 ? value - 4096 : value;
    }
    return samples;
  }

  private static int[] flutterEpisodes(byte[] bytes, int length) {
    int[] starts = annotationTimes(bytes, Set.of(FLUTTER_START));
    int[] ends = annotationTimes(bytes, Set.of(FLUTTER_END));
    int[] episodes = new int[2 * starts.length];
    for (int i = 0; i < starts.length; i++) {
      episodes[2 * i] = starts[i];
      episodes[2 * i + 1] = i < ends.length ? ends[i] : length;
    }
    return episodes;
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

  private static int[] annotationTimes(byte[] bytes, Set<Integer> codes) {
    ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int[] found = new int[bytes.length / 2];
    int count = 0;
    long time = 0;
    while (words.remaining() >= 2) {
      int word = words.getShort() & 0xFFFF;
      if (word == 0) {
        break;
      }
      int code = word >> 10;
      int value = word & 0x3FF;
      if (code == SKIP) {
        int high = words.getShort() & 0xFFFF;
        int low = words.getShort() & 0xFFFF;
        time += (high << 16) | low;
      } else if (code == AUX) {
        words.position(words.position() + 2 * ((value + 1) / 2));
      } else if (code < FIRST_FIELD_CODE || code > LAST_FIELD_CODE) {
        time += value;
        if (codes.contains(code)) {
          found[count++] = Math.toIntExact(time);
        }
      }
    }
    return Arrays.copyOf(found, count);
  }
}
