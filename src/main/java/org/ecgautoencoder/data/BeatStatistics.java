package org.ecgautoencoder.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Per-position count, min, max, mean and sum of squared deviations of a set of beats, mergeable across
 * partitions (Chan et al.'s parallel variance update, stable where sum-of-squares is not).
 */
public final class BeatStatistics implements Serializable {
  private long count;
  private final double[] min;
  private final double[] max;
  private final double[] mean;
  private final double[] squaredDeviations;

  public BeatStatistics(int beatLength) {
    min = new double[beatLength];
    max = new double[beatLength];
    mean = new double[beatLength];
    squaredDeviations = new double[beatLength];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
  }

  /** Adds one beat in place and returns this, for use as a Spark aggregate sequence function. */
  public BeatStatistics add(float[] samples) {
    if (samples.length != mean.length) {
      throw new IllegalArgumentException(
          "beat has " + samples.length + " samples but the statistics expect " + mean.length);
    }
    count++;
    for (int i = 0; i < samples.length; i++) {
      double x = samples[i];
      min[i] = Math.min(min[i], x);
      max[i] = Math.max(max[i], x);
      double delta = x - mean[i];
      mean[i] += delta / count;
      squaredDeviations[i] += delta * (x - mean[i]);
    }
    return this;
  }

  /** Merges another partition's statistics into this one and returns this. */
  public BeatStatistics merge(BeatStatistics other) {
    if (other.count == 0) {
      return this;
    }
    long total = count + other.count;
    for (int i = 0; i < mean.length; i++) {
      double delta = other.mean[i] - mean[i];
      squaredDeviations[i] += other.squaredDeviations[i] + delta * delta * count * other.count / total;
      mean[i] += delta * other.count / total;
      min[i] = Math.min(min[i], other.min[i]);
      max[i] = Math.max(max[i], other.max[i]);
    }
    count = total;
    return this;
  }

  public long count() {
    return count;
  }

  public int beatLength() {
    return mean.length;
  }

  public double min(int position) {
    return min[position];
  }

  public double max(int position) {
    return max[position];
  }

  public double mean(int position) {
    return mean[position];
  }

  /** Population standard deviation (ddof = 0), as numpy's default. */
  public double std(int position) {
    return count == 0 ? 0 : Math.sqrt(squaredDeviations[position] / count);
  }

  public double globalMin() {
    return Arrays.stream(min).min().orElseThrow();
  }

  public double globalMax() {
    return Arrays.stream(max).max().orElseThrow();
  }
}
