package org.ecgautoencoder.config;

import java.io.Serializable;

/** @param batchSize rows per forward pass when scoring */
public record EvaluateConfig(EvaluatedRows rows, int batchSize) implements Serializable {
  public EvaluateConfig {
    ConfigChecks.atLeast(batchSize, 1, "evaluate.batch-size");
  }
}
