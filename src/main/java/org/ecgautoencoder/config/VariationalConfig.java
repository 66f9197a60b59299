package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * The variational autoencoder: encoder-layers, then a Gaussian code of {@code latentSize} dimensions, then
 * decoder-layers.
 *
 * @param beta weight of the KL term
 * @param reconstructionScale scale b of the Laplace likelihood of a beat given its code, in normalised units
 * @param scoreSamples L, the codes drawn per beat for the log-probability score
 */
public record VariationalConfig(
    int latentSize, double beta, double reconstructionScale, VariationalScore score, int scoreSamples)
    implements Serializable {
  public VariationalConfig {
    ConfigChecks.atLeast(latentSize, 1, "model.variational.latent-size");
    ConfigChecks.check(Double.isFinite(beta) && beta >= 0, "model.variational.beta", beta, "a number >= 0");
    ConfigChecks.positive(reconstructionScale, "model.variational.reconstruction-scale");
    ConfigChecks.atLeast(scoreSamples, 1, "model.variational.score-samples");
  }
}
