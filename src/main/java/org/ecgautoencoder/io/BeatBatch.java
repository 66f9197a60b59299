package org.ecgautoencoder.io;

import java.util.Arrays;

/**
 * A reusable columnar block of beats for one forward pass: samples of row r are
 * {@code samples[r * beatLength .. (r + 1) * beatLength)}. Filled by the readers straight from the input
 * bytes or columns, so scoring a million beats allocates a few buffers, not a million objects.
 */
public final class BeatBatch {
  private final int beatLength;
  private final float[] samples;
  private final String[] sourceFiles;
  private final long[] rowIndexes;
  private final double[] labels;
  private final boolean[] labelPresent;
  private final String[] ids;
  private int size;

  public BeatBatch(int capacity, int beatLength) {
    this.beatLength = beatLength;
    this.samples = new float[capacity * beatLength];
    this.sourceFiles = new String[capacity];
    this.rowIndexes = new long[capacity];
    this.labels = new double[capacity];
    this.labelPresent = new boolean[capacity];
    this.ids = new String[capacity];
  }

  public void clear() {
    Arrays.fill(sourceFiles, 0, size, null);
    Arrays.fill(ids, 0, size, null);
    size = 0;
  }

  public boolean isFull() {
    return size == sourceFiles.length;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return sourceFiles.length;
  }

  public int beatLength() {
    return beatLength;
  }

  /** Where the next row's samples go; the row only counts once {@link #commitRow} is called. */
  public int nextSampleOffset() {
    return size * beatLength;
  }

  /** Adds the unlabelled row whose samples were just written at {@link #nextSampleOffset()}. */
  public void commitRow(String sourceFile, long rowIndex, String id) {
    commit(sourceFile, rowIndex, Double.NaN, false, id);
  }

  /** Adds the labelled row whose samples were just written at {@link #nextSampleOffset()}. */
  public void commitLabelledRow(String sourceFile, long rowIndex, String id, double label) {
    commit(sourceFile, rowIndex, label, true, id);
  }

  /** Adds a row of samples only, for a batch that is scored and nothing else (the rows live elsewhere). */
  public void commitSamples() {
    commit(null, -1, Double.NaN, false, null);
  }

  private void commit(String sourceFile, long rowIndex, double label, boolean hasLabel, String id) {
    sourceFiles[size] = sourceFile;
    rowIndexes[size] = rowIndex;
    labels[size] = label;
    labelPresent[size] = hasLabel;
    ids[size] = id;
    size++;
  }

  /** The raw sample buffer, row-major; rows beyond {@link #size()} are stale. */
  public float[] samples() {
    return samples;
  }

  public String sourceFile(int row) {
    return sourceFiles[row];
  }

  public long rowIndex(int row) {
    return rowIndexes[row];
  }

  /** The label, or null for unlabelled archives. */
  public Double label(int row) {
    return labelPresent[row] ? labels[row] : null;
  }

  /** The record id from the input's id field or column, or null when it has none. */
  public String id(int row) {
    return ids[row];
  }

  public float[] copyOfSamples(int row) {
    return Arrays.copyOfRange(samples, row * beatLength, (row + 1) * beatLength);
  }
}
