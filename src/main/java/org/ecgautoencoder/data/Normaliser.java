package org.ecgautoencoder.data;

import java.io.Serializable;
import java.util.Arrays;
import org.ecgautoencoder.config.NormalisationMethod;

/**
 * A fitted affine scaling {@code (x - offset[i]) / scale[i]} per sample position. Every supported method is
 * this shape, so one class applies them all and the bundle stores just the two vectors.
 */
public record Normaliser(NormalisationMethod method, double[] offset, double[] scale) implements Serializable {
  public Normaliser {
    if (offset.length != scale.length) {
      throw new IllegalArgumentException(
          "normaliser offset has " + offset.length + " values but scale has " + scale.length);
    }
    for (int i = 0; i < scale.length; i++) {
      if (!(scale[i] > 0) || !Double.isFinite(scale[i]) || !Double.isFinite(offset[i])) {
        throw new IllegalArgumentException(
            "normaliser position " + i + " has offset " + offset[i] + " and scale " + scale[i]
                + "; scales must be finite and > 0");
      }
    }
    offset = offset.clone();
    scale = scale.clone();
  }

  /** Fits the method on training statistics. A constant position (zero range) gets scale 1 rather than a division by 0. */
  public static Normaliser fit(NormalisationMethod method, BeatStatistics training) {
    if (training.count() == 0) {
      throw new IllegalArgumentException("cannot fit a normaliser on zero training rows");
    }
    int n = training.beatLength();
    double[] offset = new double[n];
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      switch (method) {
        case GLOBAL_MIN_MAX -> {
          offset[i] = training.globalMin();
          scale[i] = training.globalMax() - training.globalMin();
        }
        case PER_POSITION_MIN_MAX -> {
          offset[i] = training.min(i);
          scale[i] = training.max(i) - training.min(i);
        }
        case Z_SCORE -> {
          offset[i] = training.mean(i);
          scale[i] = training.std(i);
        }
      }
      if (scale[i] == 0) {
        scale[i] = 1;
      }
    }
    return new Normaliser(method, offset, scale);
  }

  public int beatLength() {
    return offset.length;
  }

  public float[] apply(float[] samples) {
    float[] scaled = new float[samples.length];
    applyInto(samples, scaled, 0);
    return scaled;
  }

  /** Writes the scaled beat into {@code target} from {@code targetOffset}: fills a batch buffer without copies. */
  public void applyInto(float[] samples, float[] target, int targetOffset) {
    if (samples.length != offset.length) {
      throw new IllegalArgumentException(
          "beat has " + samples.length + " samples but the normaliser was fitted on " + offset.length);
    }
    for (int i = 0; i < samples.length; i++) {
      target[targetOffset + i] = (float) ((samples[i] - offset[i]) * (1.0 / scale[i]));
    }
  }

  /**
   * Scales the first {@code rows} beats of a row-major batch into {@code target}, row {@code r} from
   * {@code target[r * targetStride]}, with exactly the arithmetic of {@link #applyInto(float[], float[], int)};
   * the positions past the beat in each target row (a stride wider than the beat pads it) are left as they are.
   */
  public void applyIntoRows(float[] rowMajorSamples, int rows, float[] target, int targetStride) {
    int width = offset.length;
    if (targetStride < width || rows * width > rowMajorSamples.length || rows * targetStride > target.length) {
      throw new IllegalArgumentException(
          rows + " beats of " + width + " samples at a stride of " + targetStride + " do not fit buffers of "
              + rowMajorSamples.length + " and " + target.length + " values");
    }
    double[] inverseScale = inverseScale();
    for (int row = 0; row < rows; row++) {
      int source = row * width;
      int destination = row * targetStride;
      for (int i = 0; i < width; i++) {
        target[destination + i] = (float) ((rowMajorSamples[source + i] - offset[i]) * inverseScale[i]);
      }
    }
  }

  /** Back to the input's units: {@code scaled * scale[i] + offset[i]} per sample (reconstructions, samples). */
  public float[] invert(float[] scaled) {
    if (scaled.length != offset.length) {
      throw new IllegalArgumentException(
          "beat has " + scaled.length + " samples but the normaliser was fitted on " + offset.length);
    }
    float[] raw = new float[scaled.length];
    for (int i = 0; i < scaled.length; i++) {
      raw[i] = (float) (scaled[i] * scale[i] + offset[i]);
    }
    return raw;
  }

  /**
   * Every apply method multiplies by the reciprocal of the scale, computed the same way, rather than
   * dividing: a division per sample cost as much as the rest of the scaling, and one formula everywhere keeps
   * training, evaluation and scoring bit for bit alike (scoring's vectorised kernel uses it too).
   */
  public double[] inverseScale() {
    double[] inverse = new double[scale.length];
    for (int i = 0; i < scale.length; i++) {
      inverse[i] = 1.0 / scale[i];
    }
    return inverse;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Normaliser that
        && method == that.method
        && Arrays.equals(offset, that.offset)
        && Arrays.equals(scale, that.scale);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * method.hashCode() + Arrays.hashCode(offset)) + Arrays.hashCode(scale);
  }

  @Override
  public String toString() {
    return "Normaliser[" + method + ", " + offset.length + " positions, offset[0]=" + offset[0]
        + ", scale[0]=" + scale[0] + "]";
  }
}
