package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * Corruption of the training inputs of the denoising type; the loss still compares with the clean beat,
 * and scoring sees clean beats.
 *
 * @param std the Gaussian noise's standard deviation, in normalised units
 * @param maskFraction the share of samples masking sets to zero
 */
public record DenoisingConfig(CorruptionKind noise, double std, double maskFraction) implements Serializable {
  public DenoisingConfig {
    ConfigChecks.positive(std, "model.denoising.std");
    ConfigChecks.openUnitInterval(maskFraction, "model.denoising.mask-fraction");
  }
}
