package org.ecgautoencoder.bench.archive;

/**
 * Builds record r of a synthetic archive from r alone: a source beat drawn with replacement by the record's
 * own random stream, plus independent Gaussian noise on every sample. The draw comes first, then the noise
 * in sample order; changing that order changes every archive, so it is fixed here.
 */
final class BeatSynthesizer {
  private final SourceBeats source;
  private final long seed;
  private final double noiseStd;
  private final RecordRandom random = new RecordRandom();

  /**
   * @param noiseStd standard deviation of the noise added to each sample, in raw sample units
   */
  BeatSynthesizer(SourceBeats source, long seed, double noiseStd) {
    this.source = source;
    this.seed = seed;
    this.noiseStd = noiseStd;
  }

  /**
   * Writes record {@code recordIndex}'s samples into {@code samples} (beat-length long) and returns the index
   * of the source beat it was drawn from, whose label it keeps.
   */
  int synthesize(long recordIndex, double[] samples) {
    random.startRecord(seed, recordIndex);
    int sourceIndex = random.nextIndex(source.count());
    float[] sourceSamples = source.samples()[sourceIndex];
    for (int s = 0; s < sourceSamples.length; s++) {
      samples[s] = sourceSamples[s] + noiseStd * random.nextGaussian();
    }
    return sourceIndex;
  }

  double label(int sourceIndex) {
    return source.labels()[sourceIndex];
  }

  int beatLength() {
    return source.beatLength();
  }
}
