package org.ecgautoencoder.config;

import java.io.Serializable;

/** @param k how many standard deviations above the mean training error the threshold sits */
public record ThresholdConfig(ThresholdMethod method, double k) implements Serializable {
  public ThresholdConfig {
    ConfigChecks.check(Double.isFinite(k) && k >= 0, "threshold.k", k, "a finite number >= 0");
  }
}
