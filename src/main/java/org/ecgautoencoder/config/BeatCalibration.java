package org.ecgautoencoder.config;

/**
 * Whether a recording's beats are taken as they are or relative to the record's own usual beat. Beat shapes
 * differ between patients more than normal and abnormal beats differ within one: a model trained on other
 * patients sees a new patient's normal beats as unusual. Relative to the record's median beat, what is left is
 * how a beat differs from that patient's usual one, which transfers across patients.
 */
public enum BeatCalibration {
  /** The beats as cut and normalised. */
  NONE,
  /**
   * Each beat's samples minus the record's median beat (per sample position, over all its beats): robust while
   * most of a record's beats are its usual ones. The rhythm inputs are left as they are (already relative).
   */
  RECORD_MEDIAN_BEAT,
  /**
   * As {@link #RECORD_MEDIAN_BEAT}, then divided by the record's spread: the median over sample positions of the
   * median absolute deviation from the median beat. A noisy record's usual beats then vary as much as a clean
   * record's, so one threshold fits both.
   */
  RECORD_MEDIAN_BEAT_SCALED
}
