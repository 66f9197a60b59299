package org.ecgautoencoder.score;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the fastest {@link SigmoidReconstruction} this JVM can run: the vectorised one when the JVM was
 * started with {@code --add-modules=jdk.incubator.vector} (the project's scripts and Spark configurations
 * do), else the scalar one, with a warning once, since it is several times slower. Both give the same bits.
 */
final class SigmoidReconstructions {
  static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final Logger LOG = LoggerFactory.getLogger(SigmoidReconstructions.class);
  private static final SigmoidReconstruction FASTEST = choose();

  private SigmoidReconstructions() {}

  static SigmoidReconstruction fastest() {
    return FASTEST;
  }

  static boolean vectorModuleEnabled() {
    return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
  }

  private static SigmoidReconstruction choose() {
    if (!vectorModuleEnabled()) {
      LOG.warn(
          "The JVM runs without --add-modules={}: the sigmoid output layer is computed one value at a time,"
              + " several times slower (same results). Add the flag to the driver's and executors' Java options.",
          VECTOR_MODULE);
      return new ScalarSigmoidReconstruction();
    }
    // Loaded by name: a direct reference would fail to link where the module is absent.
    try {
      Class<?> kernel = Class.forName(SigmoidReconstructions.class.getPackageName() + ".VectorSigmoidReconstruction");
      if (!(Boolean) kernel.getDeclaredMethod("supported").invoke(null)) {
        LOG.warn("This CPU's vectors are narrower than 8 floats: the sigmoid output layer is computed one value at a time");
        return new ScalarSigmoidReconstruction();
      }
      SigmoidReconstruction vectorised = (SigmoidReconstruction) kernel.getDeclaredConstructor().newInstance();
      LOG.info("Sigmoid output layer and errors: {}", vectorised.description());
      return vectorised;
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the " + VECTOR_MODULE + " module is enabled but its kernel failed to load", e);
    }
  }
}
