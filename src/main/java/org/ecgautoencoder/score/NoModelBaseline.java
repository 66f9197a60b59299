package org.ecgautoencoder.score;

import org.ecgautoencoder.io.BeatBatch;

/**
 * The I/O baseline of the scoring benchmark: the same reading, parsing and writing, with every error 0 and
 * no network. The ratio of the two throughputs is what the model costs. Never used to produce real scores.
 */
final class NoModelBaseline implements BatchErrors {
  private final int segments;
  private final int latentWidth;

  NoModelBaseline(int segments, int latentWidth) {
    this.segments = segments;
    this.latentWidth = latentWidth;
  }

  @Override
  public ScoredBatch score(BeatBatch batch) {
    int rows = batch.size();
    return new ScoredBatch(
        new double[rows],
        segments > 0 ? new float[rows * segments] : null,
        segments,
        latentWidth > 0 ? new float[rows * latentWidth] : null,
        latentWidth);
  }
}
