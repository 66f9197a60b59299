package org.ecgautoencoder.config;

/** How samples are scaled before the network sees them; always fitted on training rows only. */
public enum NormalisationMethod {
  /** (x - min) / (max - min) with one min and max over every sample of every training row: the tutorial's. */
  GLOBAL_MIN_MAX,
  /** Min-max per sample position. */
  PER_POSITION_MIN_MAX,
  /** (x - mean) / std per sample position. */
  Z_SCORE
}
