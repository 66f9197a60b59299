package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * The sparse (overcomplete) autoencoder: beat -> a code of {@code codeSize} units (may be wider than the
 * beat) -> beat, with a sparsity penalty on the code and dropout on the encoder's input.
 *
 * @param weight the penalty's weight in the loss
 * @param target the KL penalty's target mean activation
 * @param dropout the share of input samples dropped in training (0 = none)
 */
public record SparseConfig(int codeSize, SparsityPenalty penalty, double weight, double target, double dropout)
    implements Serializable {
  public SparseConfig {
    ConfigChecks.atLeast(codeSize, 1, "model.sparse.code-size");
    ConfigChecks.check(Double.isFinite(weight) && weight >= 0, "model.sparse.weight", weight, "a number >= 0");
    ConfigChecks.openUnitInterval(target, "model.sparse.target");
    ConfigChecks.check(dropout >= 0 && dropout < 1, "model.sparse.dropout", dropout, "a number in [0, 1)");
  }
}
