package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.List;

/**
 * The 1-D convolutional autoencoder: per entry of {@code filters} one convolution then a max-pool dividing
 * the length by {@code poolSize}, a dense code of {@code codeSize} units, then the mirror image. The beat
 * length must divide by {@code poolSize ^ filters.size()}.
 */
public record ConvolutionalConfig(List<Integer> filters, int kernelSize, int poolSize, int codeSize)
    implements Serializable {
  public ConvolutionalConfig {
    filters = List.copyOf(filters);
    ConfigChecks.check(!filters.isEmpty(), "model.convolutional.filters", filters, "at least one layer");
    ConfigChecks.check(
        filters.stream().allMatch(f -> f >= 1), "model.convolutional.filters", filters, "filter counts >= 1");
    ConfigChecks.atLeast(kernelSize, 1, "model.convolutional.kernel-size");
    ConfigChecks.atLeast(poolSize, 1, "model.convolutional.pool-size");
    ConfigChecks.atLeast(codeSize, 1, "model.convolutional.code-size");
  }

  /** The length of the encoder's last feature maps: the beat length after every pooling. */
  public int codeLength(int beatLength) {
    int divisor = (int) Math.pow(poolSize, filters.size());
    ConfigChecks.check(
        beatLength % divisor == 0, "model.convolutional.pool-size", poolSize,
        "a size whose power " + filters.size() + " (one pooling per filter layer) divides the beat length "
            + beatLength);
    return beatLength / divisor;
  }
}
