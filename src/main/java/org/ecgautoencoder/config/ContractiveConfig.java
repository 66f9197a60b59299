package org.ecgautoencoder.config;

import java.io.Serializable;

/** @param lambda weight of the squared Frobenius norm of the encoder's Jacobian in the loss */
public record ContractiveConfig(double lambda) implements Serializable {
  public ContractiveConfig {
    ConfigChecks.check(Double.isFinite(lambda) && lambda >= 0, "model.contractive.lambda", lambda, "a number >= 0");
  }
}
