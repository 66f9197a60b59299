package org.ecgautoencoder.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComputeBackendTest {
  @Test
  void theCpuBuildDescribesNd4jsCpuBackendWithItsThreadsAndMemory() {
    String line = ComputeBackend.describe();

    assertThat(line)
        .startsWith("ND4J CPU backend (org.nd4j.linalg.cpu.nativecpu.CpuBackend)")
        .containsPattern("BLAS \\w+, \\d+ threads \\(OMP_NUM_THREADS=")
        .containsPattern("JVM heap max \\d+\\.\\d GB, off-heap max \\d+\\.\\d GB, host memory \\d+\\.\\d GB")
        .doesNotContain("GPU");
  }
}
