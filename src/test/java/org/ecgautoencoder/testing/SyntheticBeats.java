package org.ecgautoencoder.testing;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.ecgautoencoder.io.BeatRecord;

/** Small synthetic beats: a sine-shaped "normal" beat with seeded noise, or a spiked "abnormal" one. */
public final class SyntheticBeats {
  private SyntheticBeats() {}

  public static List<BeatRecord> normal(int count, int beatLength, long seed) {
    Random random = new Random(seed);
    return IntStream.range(0, count).mapToObj(i -> beat(i, beatLength, random, false)).toList();
  }

  public static BeatRecord beat(int row, int beatLength, Random random, boolean abnormal) {
    float[] samples = new float[beatLength];
    for (int s = 0; s < beatLength; s++) {
      samples[s] = (float) (Math.sin(2 * Math.PI * s / beatLength) + 0.05 * random.nextGaussian());
      if (abnormal && s > beatLength / 3 && s < beatLength / 2) {
        samples[s] += 2.0f;
      }
    }
    return new BeatRecord("synthetic.csv:" + row, samples, abnormal ? 0.0 : 1.0, !abnormal);
  }
}
