package org.ecgautoencoder.model;

import org.apache.spark.unsafe.Platform;
import org.ecgautoencoder.inference.NetworkForwardPass;

/**
 * What one task's batch of beats costs with a given model, worked out on the driver from the buffers the
 * transform allocates ({@link TransformTask}, {@code BeatBatch}, {@link NetworkForwardPass}), so that a batch
 * size that cannot work is refused before Spark starts, not met as NegativeArraySizeException or
 * OutOfMemoryError deep in a task.
 *
 * <p>Per beat, in 4-byte floats on the heap: the batch's samples (W); the pass's normalised and reconstructed
 * rows and one copy of the network's output between orders (3 x S, S = W padded to the scoring kernel's row
 * block); each segment error and code value twice (the batch's, the row's); denoise's reconstruction three times
 * (copy, inverse normalisation, row). Plus {@link #ROW_BYTES} for the row itself. That is what ran out in
 * "OutOfMemoryError: Java heap space". The network's own matrices live in ND4J's native memory, under JavaCPP's
 * separate limit (by default as large as the heap): the dense path's come to about half the heap buffers above, so
 * a batch the heap holds they fit; DL4J's own path (convolutional) reuses its workspaces between layers, and a
 * sum of its activations refused batches that ran (16384 beats, two tasks, a 1 GB heap). They are not counted.
 *
 * @param widestRow floats per beat of the widest row-major Java array (samples padded, or the code)
 * @param slicedRow floats per beat of the widest array cut into per-row columns (segment errors, code); 0 if none
 * @param floatsPerBeat all the buffers above, per beat
 * @param parts what floatsPerBeat is made of, for messages
 */
public record BatchFootprint(int widestRow, int slicedRow, long floatsPerBeat, String parts) {
  /** The longest Java array HotSpot allocates, a few elements short of 2^31 (as ArrayList's limit). */
  static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
  /**
   * Per row besides the floats: the kept row's copy (record_id and source_file strings, a Hadoop path each), the
   * added row's objects, the batch's per-row fields. Measured rows take a few hundred bytes; 1 KB leaves room for
   * long paths.
   */
  static final long ROW_BYTES = 1024;
  private static final int FLOAT_BYTES = 4;

  /** For {@link AutoencoderModel#transform(org.apache.spark.sql.Dataset, TransformOptions)}: score and evaluate. */
  public static BatchFootprint ofTransform(AutoencoderModel model, TransformOptions options) {
    return of(model, ModelColumns.Output.SCORES, options);
  }

  public static BatchFootprint ofEncode(AutoencoderModel model, TransformOptions options) {
    return of(model, ModelColumns.Output.CODE, options);
  }

  public static BatchFootprint ofDenoise(AutoencoderModel model, TransformOptions options) {
    return of(model, ModelColumns.Output.RECONSTRUCTION, options);
  }

  private static BatchFootprint of(AutoencoderModel model, ModelColumns.Output output, TransformOptions options) {
    int width = model.beatLength();
    int stride = NetworkForwardPass.rowStride(width);
    boolean code = output == ModelColumns.Output.CODE || (output == ModelColumns.Output.SCORES && options.latentCode());
    int codeWidth = code ? model.codeLayer().width() : 0;
    int segments = output == ModelColumns.Output.SCORES ? options.segmentErrors() : 0;
    int rebuilt = output == ModelColumns.Output.RECONSTRUCTION ? 3 * width : 0;
    StringBuilder parts = new StringBuilder(width + " samples, 3 working copies of " + stride);
    if (segments > 0) {
      parts.append(", 2 x ").append(segments).append(" segment errors");
    }
    if (codeWidth > 0) {
      parts.append(", 2 x ").append(codeWidth).append(" code values");
    }
    if (rebuilt > 0) {
      parts.append(", 3 reconstructions of ").append(width);
    }
    long floats = width + 3L * stride + 2L * segments + 2L * codeWidth + rebuilt;
    return new BatchFootprint(Math.max(stride, codeWidth), Math.max(segments, codeWidth), floats, parts.toString());
  }

  public long bytesPerBeat() {
    return floatsPerBeat * FLOAT_BYTES + ROW_BYTES;
  }

  /** The most beats a batch may hold at all (see {@link #arrayLimit(int, int)}). */
  public int arrayLimit() {
    return arrayLimit(widestRow, slicedRow);
  }

  /**
   * The most beats a batch may hold at all: its widest buffer is one Java array, indexed by int, and the per-row
   * columns are cut from theirs at an int byte offset (Spark's UnsafeArrayData.fromPrimitiveArray).
   */
  static int arrayLimit(int widestRow, int slicedRow) {
    long limit = MAX_ARRAY_LENGTH / widestRow;
    if (slicedRow > 0) {
      limit = Math.min(limit, (Integer.MAX_VALUE - Platform.FLOAT_ARRAY_OFFSET) / ((long) slicedRow * FLOAT_BYTES));
    }
    return (int) limit;
  }

  /** The most beats a batch may hold here; {@code memory} null where the task's heap is not known. */
  public int maxBatchSize(TaskMemory memory) {
    long byMemory = memory == null ? Long.MAX_VALUE : memory.bytes() / bytesPerBeat();
    return (int) Math.min(arrayLimit(), byMemory);
  }

  /**
   * Refuses a batch size this model cannot run here, naming the key, the value, why and what is allowed.
   *
   * @param memory what a task has, or null where it is not known (a cluster without spark.executor.memory)
   */
  public void require(String key, int batchSize, TaskMemory memory) {
    int max = maxBatchSize(memory);
    if (batchSize <= max) {
      return;
    }
    String allowed =
        max >= 1
            ? "allowed: 1 to " + max + " here"
            : "no batch fits: give the job more memory";
    if (batchSize > arrayLimit()) {
      throw new IllegalArgumentException(
          "Invalid config: " + key + " = " + batchSize + " is more beats than a task's buffers hold (each is one Java"
              + " array, int-indexed; this model's widest takes " + widestRow + " floats a beat); " + allowed);
    }
    throw new IllegalArgumentException(
        "Invalid config: " + key + " = " + batchSize + " needs about " + TaskMemory.size(batchSize * bytesPerBeat())
            + " per task (" + batchSize + " beats x " + bytesPerBeat() + " bytes: " + parts + ", 4 bytes each, and "
            + ROW_BYTES + " for the row), more than the " + TaskMemory.size(memory.bytes()) + " a task has ("
            + memory.description() + "); " + allowed + ", or give the job more memory (-Xmx, spark.executor.memory)");
  }
}
