package org.ecgautoencoder.config;

import java.io.Serializable;

/**
 * scikit-learn's {@code train_test_split(test_size=testFraction, random_state=seed)}, over the rows or over the
 * records ({@link SplitMethod}).
 */
public record SplitConfig(SplitMethod method, double testFraction, long seed) implements Serializable {
  public SplitConfig {
    ConfigChecks.openUnitInterval(testFraction, "split.test-fraction");
    // numpy's legacy RandomState takes an unsigned 32-bit seed.
    java.util.Objects.requireNonNull(method, "split.method");
    ConfigChecks.check(seed >= 0 && seed <= 0xFFFF_FFFFL, "split.seed", seed, "an integer from 0 to 4294967295");
  }
}
