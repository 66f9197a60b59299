package org.ecgautoencoder.score;

import org.ecgautoencoder.io.BeatBatch;

/**
 * The I/O baseline of the scoring benchmark: the same reading, parsing and writing, without the model or the
 * normaliser. So that the written columns compress like real ones (constant zeros would make the baseline's
 * Parquet writing unrealistically cheap), the stand-in "error" is a full-precision double made from the beat's
 * first and last raw samples: two reads per row, no model. The ratio of the two throughputs is what the model costs. Never used to
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
    int width = batch.beatLength();
    for (int row = 0; row < rows; row++) {
      // Two samples in double: a value with a full 64-bit mantissa, like a real error, for one add per row.
      standIns[row] = Math.abs((double) samples[row * width] + samples[row * width + width - 1] / 3.0);
    }
    return new ScoredBatch(
        standIns,
        segments > 0 ? new float[rows * segments] : null,
        segments,
        latentWidth > 0 ? new float[rows * latentWidth] : null,
        latentWidth);
  }
}
