package org.ecgautoencoder.model;

import java.io.Serializable;
import org.ecgautoencoder.inference.WorstBeats;

/**
 * How {@link AutoencoderModel#transform} scores: which column holds the beats, how many rows go through the
 * network at once, and which optional columns to add. Immutable; each {@code with} returns a copy.
 *
 * @param beatColumn the input column of samples: array of float or double (any numeric element type)
 * @param batchSize rows per forward pass (a few buffers of this many beats per task)
 * @param segmentErrors K > 0 adds {@code segment_errors}: the error of each of K equal segments of the beat
 * @param latentCode adds {@code latent_code}: the code layer's activations
 * @param worstBeats when set, the beats with the largest errors are offered to it with their reconstructions
 *     (the score report's); null otherwise
 */
public record TransformOptions(
    String beatColumn, int batchSize, int segmentErrors, boolean latentCode, WorstBeats worstBeats)
    implements Serializable {
  public static final String DEFAULT_BEAT_COLUMN = "beat";
  public static final int DEFAULT_BATCH_SIZE = 16384;

  public TransformOptions {
    if (beatColumn == null || beatColumn.isBlank()) {
      throw new IllegalArgumentException("the beat column must be named");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1 but was " + batchSize);
    }
    if (segmentErrors < 0) {
      throw new IllegalArgumentException("segment errors must be 0 (none) or more but was " + segmentErrors);
    }
  }

  /** Column {@code beat}, batches of 16384 rows, no optional column. */
  public static TransformOptions defaults() {
    return new TransformOptions(DEFAULT_BEAT_COLUMN, DEFAULT_BATCH_SIZE, 0, false, null);
  }

  public TransformOptions withBeatColumn(String column) {
    return new TransformOptions(column, batchSize, segmentErrors, latentCode, worstBeats);
  }

  public TransformOptions withBatchSize(int rows) {
    return new TransformOptions(beatColumn, rows, segmentErrors, latentCode, worstBeats);
  }

  public TransformOptions withSegmentErrors(int segments) {
    return new TransformOptions(beatColumn, batchSize, segments, latentCode, worstBeats);
  }

  public TransformOptions withLatentCode() {
    return new TransformOptions(beatColumn, batchSize, segmentErrors, true, worstBeats);
  }

  public TransformOptions withWorstBeats(WorstBeats collector) {
    return new TransformOptions(beatColumn, batchSize, segmentErrors, latentCode, collector);
  }
}
