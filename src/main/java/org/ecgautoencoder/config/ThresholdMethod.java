package org.ecgautoencoder.config;

/** How the reconstruction-error threshold is chosen from the normal training rows' errors. */
public enum ThresholdMethod {
  /** mean + k * population std: the tutorial's rule with k = 1. */
  MEAN_PLUS_K_STD
}
