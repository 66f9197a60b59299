package org.ecgautoencoder.config;

/** How a beat cut from a recording is scaled on its own, before the model's own normalisation. */
public enum BeatNormalisation {
  /** Mean 0 and standard deviation 1 over the beat's samples, as ECG5000's beats come. */
  Z_SCORE,
  /** Millivolts as recorded. */
  NONE
}
