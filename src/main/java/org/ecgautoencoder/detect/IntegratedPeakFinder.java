package org.ecgautoencoder.detect;

/**
 * The fiducial marks: peaks of the integrated signal. A peak is the highest point of a rise, declared once the
 * signal has fallen to half of it or a confirmation time has passed since it (Hamilton and Tompkins' rule),
 * whichever comes first; the fall after it is then followed down to its valley before a new rise can begin.
 */
final class IntegratedPeakFinder {
  /** Hamilton and Tompkins: a peak is declared when the signal falls below half of it. */
  private static final double DECLARING_FALL = 0.5;

  private final int confirmationSamples;
  private boolean rising;
  private double level;
  private int peakIndex;
  private double peakValue;

  IntegratedPeakFinder(int confirmationSamples) {
    this.confirmationSamples = confirmationSamples;
  }

  /** Takes the integrated value at {@code index}; true when that declares a peak ({@link #peakIndex()}). */
  boolean offer(int index, double value) {
    if (rising) {
      if (value > level) {
        level = value;
        peakIndex = index;
      } else if (value <= level * DECLARING_FALL || index - peakIndex >= confirmationSamples) {
        return declare(value);
      }
    } else if (value < level) {
      level = value;
    } else if (value > level) {
      rising = true;
      level = value;
      peakIndex = index;
    }
    return false;
  }

  /** At the end of the signal: true when a rise was still waiting to be declared a peak. */
  boolean flush() {
    return rising && declare(0);
  }

  private boolean declare(double valueNow) {
    peakValue = level;
    rising = false;
    level = valueNow;
    return peakValue > 0;
  }

  int peakIndex() {
    return peakIndex;
  }

  double peakValue() {
    return peakValue;
  }
}
