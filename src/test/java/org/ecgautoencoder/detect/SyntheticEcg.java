package org.ecgautoencoder.detect;

import java.util.Random;

/** Test signals: Gaussian QRS-like pulses at known samples, optionally with T waves, wander and noise. */
final class SyntheticEcg {
  /** About 30 ms at half height: a narrow R wave. */
  static final double QRS_SIGMA_SECONDS = 0.012;

  /** T wave: broad, low, 250 ms after the R wave. */
  static final double T_SIGMA_SECONDS = 0.040;

  static final double T_DELAY_SECONDS = 0.250;

  static final double T_AMPLITUDE_FRACTION = 0.25;

  private final double fs;
  private final float[] samples;

  SyntheticEcg(double fs, double seconds) {
    this.fs = fs;
    this.samples = new float[(int) Math.round(seconds * fs)];
  }

  float[] samples() {
    return samples;
  }

  /** A QRS-like pulse of {@code amplitudeMillivolts} centred on sample {@code at}, with its T wave. */
  SyntheticEcg beat(int at, double amplitudeMillivolts) {
    pulse(at, amplitudeMillivolts, QRS_SIGMA_SECONDS);
    pulse(at + (int) Math.round(T_DELAY_SECONDS * fs), T_AMPLITUDE_FRACTION * amplitudeMillivolts, T_SIGMA_SECONDS);
    return this;
  }

  /** Baseline wander (0.3 Hz) and white noise, seeded. */
  SyntheticEcg wanderAndNoise(double wanderMillivolts, double noiseMillivolts, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < samples.length; i++) {
      samples[i] += (float) (wanderMillivolts * Math.sin(2 * Math.PI * 0.3 * i / fs)
          + noiseMillivolts * random.nextGaussian());
    }
    return this;
  }

  /** Beat positions from {@code first} with RR intervals cycling through {@code rrSeconds}, to the end. */
  int[] beatTrain(double firstSeconds, double[] rrSeconds, double amplitudeMillivolts) {
    int[] positions = new int[samples.length];
    int count = 0;
    double t = firstSeconds;
    int last = samples.length - (int) Math.round((T_DELAY_SECONDS + 4 * T_SIGMA_SECONDS) * fs);
    while (Math.round(t * fs) < last) {
      int at = (int) Math.round(t * fs);
      beat(at, amplitudeMillivolts);
      positions[count] = at;
      t += rrSeconds[count % rrSeconds.length];
      count++;
    }
    return java.util.Arrays.copyOf(positions, count);
  }

  private void pulse(int at, double amplitude, double sigmaSeconds) {
    double sigma = sigmaSeconds * fs;
    int reach = (int) Math.ceil(5 * sigma);
    for (int i = Math.max(0, at - reach); i <= Math.min(samples.length - 1, at + reach); i++) {
      double z = (i - at) / sigma;
      samples[i] += (float) (amplitude * Math.exp(-0.5 * z * z));
    }
  }
}
