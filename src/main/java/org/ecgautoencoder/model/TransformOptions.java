package org.ecgautoencoder.model;

import java.io.Serializable;
import org.ecgautoencoder.inference.WorstBeats;
import org.ecgautoencoder.io.BeatColumns;

/**
 * How {@link AutoencoderModel#transform} scores: which column holds the beats, how many rows go through the
 * network at once, and which optional columns to add. Immutable; start from {@link #defaults()}, each {@code with}
 * returns a copy.
 */
public final class TransformOptions implements Serializable {
  /** The same number as conf/reference.conf's score.batch-size, which the jobs pass in; this is the API's default. */
  private static final int DEFAULT_BATCH_SIZE = 16384;

  private final String beatColumn;
  private final int batchSize;
  private final int segmentErrors;
  private final boolean latentCode;
  private final boolean keepsBeatColumn;
  private final WorstBeats worstBeats;

  private TransformOptions(
      String beatColumn, int batchSize, int segmentErrors, boolean latentCode, boolean keepsBeatColumn,
      WorstBeats worstBeats) {
    if (beatColumn == null || beatColumn.isBlank()) {
      throw new IllegalArgumentException("the beat column must be named");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1 but was " + batchSize);
    }
    if (segmentErrors < 0) {
      throw new IllegalArgumentException("segment errors must be 0 (none) or more but was " + segmentErrors);
    }
    this.beatColumn = beatColumn;
    this.batchSize = batchSize;
    this.segmentErrors = segmentErrors;
    this.latentCode = latentCode;
    this.keepsBeatColumn = keepsBeatColumn;
    this.worstBeats = worstBeats;
  }

  /** Column {@code beat}, batches of 16384 rows, no optional column. */
  public static TransformOptions defaults() {
    return new TransformOptions(BeatColumns.BEAT, DEFAULT_BATCH_SIZE, 0, false, true, null);
  }

  /** The input column of samples: array of float or double (any numeric element type). */
  public TransformOptions withBeatColumn(String column) {
    return new TransformOptions(column, batchSize, segmentErrors, latentCode, keepsBeatColumn, worstBeats);
  }

  /** Rows per forward pass (a few buffers of this many beats per task). */
  public TransformOptions withBatchSize(int rows) {
    return new TransformOptions(beatColumn, rows, segmentErrors, latentCode, keepsBeatColumn, worstBeats);
  }

  /** K > 0 adds {@code segment_errors}: the error of each of K equal segments of the beat; 0 adds none. */
  public TransformOptions withSegmentErrors(int segments) {
    return new TransformOptions(beatColumn, batchSize, segments, latentCode, keepsBeatColumn, worstBeats);
  }

  /** Adds {@code latent_code}: the code layer's activations. */
  public TransformOptions withLatentCode() {
    return new TransformOptions(beatColumn, batchSize, segmentErrors, true, keepsBeatColumn, worstBeats);
  }

  /**
   * Leaves the beat column out of the output: the rows keep their other columns and gain the scores, and the
   * samples are not carried on (what a scores table keeps; it saves copying every beat twice more).
   */
  public TransformOptions withoutBeatColumn() {
    return new TransformOptions(beatColumn, batchSize, segmentErrors, latentCode, false, worstBeats);
  }

  /** Offers the beats with the largest errors, with their reconstructions, to {@code collector} (the score report's). */
  public TransformOptions withWorstBeats(WorstBeats collector) {
    return new TransformOptions(beatColumn, batchSize, segmentErrors, latentCode, keepsBeatColumn, collector);
  }

  public String beatColumn() {
    return beatColumn;
  }

  public int batchSize() {
    return batchSize;
  }

  public int segmentErrors() {
    return segmentErrors;
  }

  public boolean latentCode() {
    return latentCode;
  }

  /** Whether the output keeps the beat column (the default) or leaves it out. */
  public boolean keepsBeatColumn() {
    return keepsBeatColumn;
  }

  /** The collector of the worst beats, or null. */
  public WorstBeats worstBeats() {
    return worstBeats;
  }
}
