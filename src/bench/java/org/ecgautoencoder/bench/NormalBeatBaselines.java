package org.ecgautoencoder.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The two simple baselines {@link RecordingBaselines} compares the autoencoder with, each fitted on the training
 * records' class-N beats only. A beat here is its plain z-scored samples x (input.recording.beat-samples values,
 * no calibration, no rhythm inputs) and its RR intervals. Means and standard deviations are population ones
 * (divided by n).
 *
 * <ul>
 *   <li>{@link MeanBeatDistance}: score = ||x - m||, the Euclidean distance to m, the mean training N beat.
 *   <li>{@link PcaWithRhythm}: the principal components of the training N beats' samples (eigenvectors of
 *       their covariance matrix, largest eigenvalues first), the first k of which explain at least
 *       {@link #EXPLAINED_VARIANCE} of the total variance (the trace). With e = ||(x - m) - V V^T (x - m)||^2 the
 *       squared reconstruction error from those k components, p = rr_previous / rr_local_mean and
 *       q = rr_next / rr_local_mean (each 1.0 where any of its two intervals is missing):
 *       score = (e - mean_e) / std_e + ((p - mean_p) / std_p)^2 + ((q - mean_q) / std_q)^2, every mean and std over
 *       the training N beats.
 * </ul>
 */
final class NormalBeatBaselines {
  /** The share of the training N beats' variance the kept components explain: the usual PCA choice. */
  static final double EXPLAINED_VARIANCE = 0.95;

  /** A RR ratio where an interval is missing (the first and last beat, beside an unscorable stretch): on time. */
  static final double MISSING_RR_RATIO = 1.0;

  private NormalBeatBaselines() {}

  /** A beat's inputs to the baselines: its z-scored samples and its RR intervals in seconds (null where none). */
  record Beat(float[] samples, Double rrPrevious, Double rrNext, Double rrLocalMean) {
    double previousRatio() {
      return ratio(rrPrevious, rrLocalMean);
    }

    double nextRatio() {
      return ratio(rrNext, rrLocalMean);
    }

    private static double ratio(Double interval, Double localMean) {
      return interval == null || localMean == null || localMean <= 0 ? MISSING_RR_RATIO : interval / localMean;
    }
  }

  /** A baseline fitted on normal beats: a higher score is a less normal beat. */
  interface Scorer {
    double score(Beat beat);
  }

  /** Baseline 1: the distance to the mean normal beat. */
  record MeanBeatDistance(double[] meanBeat) implements Scorer {
    static MeanBeatDistance fit(List<Beat> normal) {
      return new MeanBeatDistance(averageBeat(normal));
    }

    @Override
    public double score(Beat beat) {
      double sum = 0;
      for (int j = 0; j < meanBeat.length; j++) {
        double d = beat.samples()[j] - meanBeat[j];
        sum += d * d;
      }
      return Math.sqrt(sum);
    }
  }

  /** Baseline 2: the standardised PCA reconstruction error plus the squared z-scores of the two RR ratios. */
  record PcaWithRhythm(double[] meanBeat, double[][] components, Standard error, Standard previous, Standard next)
      implements Scorer {
    static PcaWithRhythm fit(List<Beat> normal) {
      double[] mean = averageBeat(normal);
      double[][] components = principalComponents(normal, mean);
      PcaWithRhythm unstandardised = new PcaWithRhythm(mean, components, null, null, null);
      return new PcaWithRhythm(
          mean, components, Standard.of(normal, unstandardised::reconstructionError),
          Standard.of(normal, Beat::previousRatio), Standard.of(normal, Beat::nextRatio));
    }

    int componentCount() {
      return components.length;
    }

    @Override
    public double score(Beat beat) {
      double previousZ = previous.z(beat.previousRatio());
      double nextZ = next.z(beat.nextRatio());
      return error.z(reconstructionError(beat)) + previousZ * previousZ + nextZ * nextZ;
    }

    /** ||(x - m) - V V^T (x - m)||^2 over the kept components V. */
    double reconstructionError(Beat beat) {
      int width = meanBeat.length;
      double[] centred = new double[width];
      for (int j = 0; j < width; j++) {
        centred[j] = beat.samples()[j] - meanBeat[j];
      }
      double[] residual = centred.clone();
      for (double[] component : components) {
        double projection = 0;
        for (int j = 0; j < width; j++) {
          projection += component[j] * centred[j];
        }
        for (int j = 0; j < width; j++) {
          residual[j] -= projection * component[j];
        }
      }
      double sum = 0;
      for (double r : residual) {
        sum += r * r;
      }
      return sum;
    }

    private static double[][] principalComponents(List<Beat> normal, double[] mean) {
      int width = mean.length;
      double[][] covariance = new double[width][width];
      double[] centred = new double[width];
      for (Beat beat : normal) {
        for (int j = 0; j < width; j++) {
          centred[j] = beat.samples()[j] - mean[j];
        }
        for (int a = 0; a < width; a++) {
          for (int b = a; b < width; b++) {
            covariance[a][b] += centred[a] * centred[b];
          }
        }
      }
      for (int a = 0; a < width; a++) {
        for (int b = a; b < width; b++) {
          covariance[a][b] /= normal.size();
          covariance[b][a] = covariance[a][b];
        }
      }
      EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance));
      double[] values = eigen.getRealEigenvalues();
      Integer[] order = new Integer[width];
      double total = 0;
      for (int j = 0; j < width; j++) {
        order[j] = j;
        total += Math.max(values[j], 0);
      }
      Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
      RealMatrix vectors = eigen.getV();
      List<double[]> kept = new ArrayList<>();
      double explained = 0;
      for (int j = 0; j < width && explained < EXPLAINED_VARIANCE * total; j++) {
        kept.add(vectors.getColumn(order[j]));
        explained += Math.max(values[order[j]], 0);
      }
      return kept.toArray(new double[0][]);
    }
  }

  /** A population mean and standard deviation over the training N beats. */
  record Standard(double mean, double std) {
    static Standard of(List<Beat> normal, ToDoubleFunction<Beat> value) {
      double[] values = normal.stream().mapToDouble(value).toArray();
      double mean = Arrays.stream(values).average().orElseThrow();
      double std = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
      if (!(std > 0)) {
        throw new IllegalStateException("a baseline feature is constant over the training N beats: " + mean);
      }
      return new Standard(mean, std);
    }

    double z(double value) {
      return (value - mean) / std;
    }
  }

  private static double[] averageBeat(List<Beat> normal) {
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("the training records hold no class-N beats to fit the baselines on");
    }
    int width = normal.get(0).samples().length;
    double[] mean = new double[width];
    for (Beat beat : normal) {
      for (int j = 0; j < width; j++) {
        mean[j] += beat.samples()[j];
      }
    }
    for (int j = 0; j < width; j++) {
      mean[j] /= normal.size();
    }
    return mean;
  }
}
