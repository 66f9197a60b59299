package org.ecgautoencoder.score;

import org.ecgautoencoder.io.BeatBatch;

/**
 * The I/O baseline of the scoring benchmark: the same reading, parsing and writing, without the model or the
 * normaliser. So that the written columns compress like real ones (constant zeros would make the baseline's
 * Parquet writing unrealistically cheap), the stand-in "error" is the beat's first raw sample's magnitude:
 * one read per row, no computation. The ratio of the two throughputs is what the model costs. Never used to
 * produce real scores.
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
    double[] standIns = new double[rows];
    float[] samples = batch.samples();
    for (int row = 0; row < rows; row++) {
      standIns[row] = Math.abs(samples[row * batch.beatLength()]);
    }
    return new ScoredBatch(
        standIns,
        segments > 0 ? new float[rows * segments] : null,
        segments,
        latentWidth > 0 ? new float[rows * latentWidth] : null,
        latentWidth);
  }
}
