package org.ecgautoencoder.inference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the fastest {@link ScoringKernel} this JVM can run: the vectorised one when the JVM was
 * started with {@code --add-modules=jdk.incubator.vector} (the project's scripts and Spark configurations
 * do), else the scalar one, with a warning once, since it is several times slower. Both give the same bits.
 */
final class ScoringKernels {
  static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final Logger LOG = LoggerFactory.getLogger(ScoringKernels.class);
  private static final ScoringKernel FASTEST = choose();

  private ScoringKernels() {}

  static ScoringKernel fastest() {
    return FASTEST;
  }

  static boolean vectorModuleEnabled() {
    return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
  }

  private static ScoringKernel choose() {
    if (!vectorModuleEnabled()) {
      LOG.warn(
          "The JVM runs without --add-modules={}: scoring normalises and finishes the sigmoid output layer"
              + " one value at a time, several times slower (same results). Add the flag to the driver's and executors' Java options.",
          VECTOR_MODULE);
      return new ScalarScoringKernel();
    }
    // Loaded by name: a direct reference would fail to link where the module is absent.
    try {
      Class<?> kernel = Class.forName(ScoringKernels.class.getPackageName() + ".VectorScoringKernel");
      if (!(Boolean) kernel.getDeclaredMethod("supported").invoke(null)) {
        LOG.warn("This CPU's vectors are narrower than 8 floats: scoring's loops run one value at a time");
        return new ScalarScoringKernel();
      }
      ScoringKernel vectorised = (ScoringKernel) kernel.getDeclaredConstructor().newInstance();
      LOG.info("Scoring kernel: {}", vectorised.description());
      return vectorised;
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the " + VECTOR_MODULE + " module is enabled but its kernel failed to load", e);
    }
  }
}
