package org.ecgautoencoder.detect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pan and Tompkins' real-time QRS detector (IEEE Trans Biomed Eng 32(3):230-236, 1985) at any sampling rate:
 * a Butterworth band-pass (iirj) in place of the paper's 200 Hz integer filters, the five-point derivative,
 * squaring and a 150 ms moving-window integrator; adaptive signal and noise levels with dual thresholds on the
 * integrated and the band-passed signals; a 200 ms refractory period; the 360 ms slope test against T waves;
 * and a search-back with the second thresholds when no QRS came within 166% of the average RR interval. The
 * detection is then placed on the R wave: moved back by the filter chain's delay (calibrated for this rate on a
 * pulse) and refined to the input's largest deflection nearby.
 *
 * <p>Streams: memory is a few seconds of rings whatever the signal's length, plus the beats found. Immutable
 * and so thread-safe; each call is independent.
 */
public final class PanTompkinsDetector implements QrsDetector {
  private static final Logger LOG = LoggerFactory.getLogger(PanTompkinsDetector.class);

  private final DetectorGeometry geometry;

  public PanTompkinsDetector(double samplingFrequencyHz, QrsDetectorSettings settings) {
    this.geometry = DetectorGeometry.of(samplingFrequencyHz, settings);
  }

  @Override
  public int[] detect(float[] signalMillivolts) {
    requireSignal(signalMillivolts);
    return detect(signalMillivolts, 0, signalMillivolts.length);
  }

  @Override
  public int[] detect(float[] signalMillivolts, int from, int to) {
    requireSignal(signalMillivolts);
    if (from < 0 || to > signalMillivolts.length || from > to) {
      throw new IllegalArgumentException(
          "range [" + from + ", " + to + ") is not within the signal's " + signalMillivolts.length + " samples");
    }
    int[] beats = new DetectionRun(geometry, signalMillivolts, from, to).run();
    LOG.debug("{} QRS complexes in samples [{}, {}) at {} Hz", beats.length, from, to,
        geometry.samplingFrequencyHz());
    return beats;
  }

  private static void requireSignal(float[] signalMillivolts) {
    if (signalMillivolts == null) {
      throw new IllegalArgumentException("the signal to detect QRS complexes in must be given, not null");
    }
  }

  /** How many samples the integrated signal's peak follows a narrow R wave at this rate (for diagnostics). */
  public int integratorDelaySamples() {
    return geometry.integratorDelaySamples();
  }
}
