package org.ecgautoencoder.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ND4J computes on in this JVM: the backend (CPU or CUDA) the classpath gave it, the BLAS library and
 * threads or the GPUs with their memory, and the heap and off-heap limits. Every job logs it at start, and each
 * executor JVM once when it first scores or trains, so a GPU build that fell back or a wrong thread count
 * shows in the logs.
 */
public final class ComputeBackend {
  private static final Logger LOG = LoggerFactory.getLogger(ComputeBackend.class);
  private static final AtomicBoolean LOGGED_IN_THIS_JVM = new AtomicBoolean();

  private ComputeBackend() {}

  /** One line, e.g. "ND4J CPU backend (org.nd4j...CpuBackend), BLAS OPENBLAS, 1 threads ...". Initialises ND4J. */
  public static String describe() {
    Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
    String backend = String.valueOf(info.getOrDefault(Nd4jEnvironment.BACKEND_KEY, Nd4j.getBackend().getClass().getSimpleName()));
    StringBuilder line = new StringBuilder("ND4J ").append(backend).append(" backend (")
        .append(Nd4j.getBackend().getClass().getName()).append(")");
    List<String> devices = devices(info);
    if (!devices.isEmpty()) {
      line.append(", ").append(devices.size()).append(" GPU(s): ").append(String.join("; ", devices));
    }
    line.append(", BLAS ").append(info.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "?"))
        .append(", ").append(info.getOrDefault(Nd4jEnvironment.OMP_THREADS_KEY, "?")).append(" threads")
        .append(" (OMP_NUM_THREADS=").append(System.getenv().getOrDefault("OMP_NUM_THREADS", "unset")).append(")")
        .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores")
        .append(", JVM heap max ").append(bytes(Runtime.getRuntime().maxMemory()))
        .append(", off-heap max ").append(bytes(Pointer.maxBytes()))
        .append(", host memory ").append(bytes(Pointer.totalPhysicalBytes()));
    return line.toString();
  }

  /** Logs {@link #describe()} once per JVM (executors call it from their first task). */
  public static void logOnce(String role) {
    if (LOGGED_IN_THIS_JVM.compareAndSet(false, true)) {
      LOG.info("{}: {}", role, describe());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> devices(Properties info) {
    Object list = info.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY);
    List<String> devices = new ArrayList<>();
    if (list instanceof List<?> entries) {
      for (Object entry : entries) {
        if (entry instanceof Map<?, ?> device) {
          Map<String, Object> d = (Map<String, Object>) device;
          devices.add(d.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY) + " (" + bytes(number(d.get(Nd4jEnvironment.CUDA_TOTAL_MEMORY_KEY)))
              + " total, " + bytes(number(d.get(Nd4jEnvironment.CUDA_FREE_MEMORY_KEY))) + " free, compute "
              + d.get(Nd4jEnvironment.CUDA_DEVICE_MAJOR_VERSION_KEY) + "." + d.get(Nd4jEnvironment.CUDA_DEVICE_MINOR_VERSION_KEY) + ")");
        }
      }
    }
    return devices;
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : -1;
  }

  private static String bytes(long bytes) {
    return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
