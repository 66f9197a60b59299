package org.ecgautoencoder.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of Pan and Tompkins' decision rules over a signal range: the learning phase sets the levels, then the
 * signal streams through the filter chain once, each integrated-signal peak is classified as it is declared
 * (signal, noise, or T wave), and a search-back takes the largest reserved peak when no QRS came within the
 * missed-beat limit. Holds only rings of a few seconds and the beats found.
 */
final class DetectionRun {
  /**
   * Learning phase 1 (the paper gives no formula): the signal level starts at half the largest integrated
   * (or filtered) value of the first two seconds, so that one larger ectopic beat there does not put the
   * threshold above the normal beats, and the noise level at half the mean, the level between beats.
   */
  static final double LEARNED_SIGNAL_FRACTION = 0.5;

  static final double LEARNED_NOISE_FRACTION = 0.5;

  /** A bound on the peaks reserved for a search-back (an hour-long pause would otherwise keep them all). */
  static final int MAX_RESERVED_PEAKS = 4096;

  private final DetectorGeometry geometry;
  private final float[] signal;
  private final int from;
  private final int to;
  private final RPeakLocator locator;
  private final RrHistory rr;
  private final BeatIndexList beats = new BeatIndexList();
  private final List<QrsCandidate> reserved = new ArrayList<>();
  private PeakLevels integrated;
  private PeakLevels filtered;
  private boolean anyQrs;
  private int lastQrsIndex;
  private double lastQrsSlope;
  private int missedBeatLimit;

  DetectionRun(DetectorGeometry geometry, float[] signal, int from, int to) {
    this.geometry = geometry;
    this.signal = signal;
    this.from = from;
    this.to = to;
    this.locator = new RPeakLocator(geometry.integratorDelaySamples(), geometry.rPeakSearchSamples());
    this.rr = new RrHistory(geometry.samplingFrequencyHz());
  }

  int[] run() {
    if (to == from) {
      return new int[0];
    }
    // The chain starts at rest, so the first sample is taken as zero: no step response from the baseline.
    float offset = signal[from];
    learn(offset);
    QrsEnergyFilter chain = new QrsEnergyFilter(geometry);
    IntegratedPeakFinder finder = new IntegratedPeakFinder(geometry.peakConfirmationSamples());
    lastQrsIndex = from;
    missedBeatLimit = missedBeatLimit();
    for (int n = from; n < to; n++) {
      step(chain, finder, n, signal[n] - offset);
    }
    // Hold the last sample long enough for a beat at the very end to reach the integrator's peak.
    double last = signal[to - 1] - offset;
    int flushEnd = (int) Math.min(Integer.MAX_VALUE, (long) to + flushSamples());
    for (int n = to; n < flushEnd; n++) {
      step(chain, finder, n, last);
    }
    if (finder.flush()) {
      onPeak(chain, finder.peakIndex(), finder.peakValue(), flushEnd - 1);
    }
    return beats.toArray();
  }

  private void step(QrsEnergyFilter chain, IntegratedPeakFinder finder, int n, double sample) {
    double value = chain.next(n, sample);
    if (finder.offer(n, value)) {
      onPeak(chain, finder.peakIndex(), finder.peakValue(), n);
    }
    if (n - lastQrsIndex > missedBeatLimit && !reserved.isEmpty()) {
      searchBack();
    }
  }

  private int flushSamples() {
    return geometry.integratorDelaySamples() + geometry.integrationWindowSamples()
        + geometry.peakConfirmationSamples();
  }

  private void learn(float offset) {
    int end = (int) Math.min(to, (long) from + geometry.learningSamples());
    QrsEnergyFilter chain = new QrsEnergyFilter(geometry);
    double maxIntegrated = 0;
    double sumIntegrated = 0;
    double maxFiltered = 0;
    double sumFiltered = 0;
    for (int n = from; n < end; n++) {
      double value = chain.next(n, signal[n] - offset);
      double filteredAbs = Math.abs(chain.lastBandPassed());
      maxIntegrated = Math.max(maxIntegrated, value);
      sumIntegrated += value;
      maxFiltered = Math.max(maxFiltered, filteredAbs);
      sumFiltered += filteredAbs;
    }
    int count = end - from;
    integrated =
        new PeakLevels(LEARNED_SIGNAL_FRACTION * maxIntegrated, LEARNED_NOISE_FRACTION * sumIntegrated / count);
    filtered = new PeakLevels(LEARNED_SIGNAL_FRACTION * maxFiltered, LEARNED_NOISE_FRACTION * sumFiltered / count);
  }

  private void onPeak(QrsEnergyFilter chain, int peakIndex, double peakValue, int now) {
    int windowStart = Math.max(from, peakIndex - geometry.integrationWindowSamples() + 1);
    QrsCandidate candidate =
        new QrsCandidate(
            peakIndex,
            peakValue,
            chain.bandPassedPeak(windowStart, peakIndex),
            chain.steepestSlope(windowStart, peakIndex),
            locator.locate(chain.input(), peakIndex, from, Math.min(now, to - 1)));
    classify(candidate);
  }

  private void classify(QrsCandidate candidate) {
    if (anyQrs && candidate.integratedIndex() - lastQrsIndex < geometry.refractorySamples()) {
      return;
    }
    RhythmRegularity regularity = rr.regularity();
    boolean aboveThresholds =
        candidate.integratedPeak() > integrated.threshold(regularity)
            && candidate.filteredPeak() > filtered.threshold(regularity);
    if (isTWave(candidate)) {
      noise(candidate);
    } else if (aboveThresholds) {
      accept(candidate, integrated::signalPeak, filtered::signalPeak);
    } else {
      noise(candidate);
      if (reserved.size() == MAX_RESERVED_PEAKS) {
        reserved.remove(0);
      }
      reserved.add(candidate);
    }
  }

  private boolean isTWave(QrsCandidate candidate) {
    return anyQrs
        && candidate.integratedIndex() - lastQrsIndex < geometry.tWaveWindowSamples()
        && candidate.steepestSlope() < geometry.settings().tWaveSlopeRatio() * lastQrsSlope;
  }

  private void noise(QrsCandidate candidate) {
    integrated.noisePeak(candidate.integratedPeak());
    filtered.noisePeak(candidate.filteredPeak());
  }

  /** The largest reserved peak above the second thresholds, outside the refractory period, becomes a QRS. */
  private void searchBack() {
    RhythmRegularity regularity = rr.regularity();
    double integratedThreshold = integrated.searchBackThreshold(regularity);
    double filteredThreshold = filtered.searchBackThreshold(regularity);
    QrsCandidate best = null;
    for (QrsCandidate candidate : reserved) {
      boolean eligible =
          candidate.integratedPeak() > integratedThreshold
              && candidate.filteredPeak() > filteredThreshold
              && (!anyQrs || candidate.integratedIndex() - lastQrsIndex >= geometry.refractorySamples())
              && !isTWave(candidate);
      if (eligible && (best == null || candidate.integratedPeak() > best.integratedPeak())) {
        best = candidate;
      }
    }
    if (best == null) {
      reserved.clear();
      return;
    }
    accept(best, integrated::searchBackSignalPeak, filtered::searchBackSignalPeak);
  }

  private void accept(
      QrsCandidate qrs,
      java.util.function.DoubleConsumer integratedUpdate,
      java.util.function.DoubleConsumer filteredUpdate) {
    integratedUpdate.accept(qrs.integratedPeak());
    filteredUpdate.accept(qrs.filteredPeak());
    if (anyQrs) {
      rr.add(qrs.integratedIndex() - lastQrsIndex);
      missedBeatLimit = missedBeatLimit();
    }
    anyQrs = true;
    lastQrsIndex = qrs.integratedIndex();
    lastQrsSlope = qrs.steepestSlope();
    reserved.removeIf(candidate -> candidate.integratedIndex() <= qrs.integratedIndex());
    beats.addIfAfterLast(qrs.rPeakIndex());
  }

  private int missedBeatLimit() {
    return (int) Math.round(geometry.settings().missedBeatRrFraction() * rr.average2());
  }
}
