package org.ecgautoencoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The cluster jar that `mvn package` builds (before the integration tests run): every class a submit script
 * names is in it, ND4J's backend is registered through merged ServiceLoader files, and what the cluster
 * provides (Spark, Hadoop, Scala) is left out.
 */
class ClusterJarIT {
  private static final Pattern SUBMITTED_CLASS = Pattern.compile("^submit (org\\.ecgautoencoder\\.[\\w.]+)", Pattern.MULTILINE);

  private static Path clusterJar() throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "ecg-autoencoder-*-cluster.jar")) {
      for (Path jar : jars) {
        return jar;
      }
    }
    throw new AssertionError("no target/ecg-autoencoder-*-cluster.jar: the package phase should have built it");
  }

  private static List<String> submittedClasses() throws IOException {
    List<String> classes = new ArrayList<>();
    try (DirectoryStream<Path> scripts = Files.newDirectoryStream(Path.of("scripts"), "submit-*.sh")) {
      for (Path script : scripts) {
        Matcher matcher = SUBMITTED_CLASS.matcher(Files.readString(script));
        while (matcher.find()) {
          classes.add(matcher.group(1));
        }
      }
    }
    return classes;
  }

  @Test
  void everyClassASubmitScriptNamesIsInTheClusterJar() throws IOException {
    List<String> classes = submittedClasses();
    assertThat(classes).contains("org.ecgautoencoder.cli.TrainJob", "org.ecgautoencoder.cli.ScoreJob");
    try (ZipFile jar = new ZipFile(clusterJar().toFile())) {
      for (String name : classes) {
        assertThat(jar.getEntry(name.replace('.', '/') + ".class")).as("%s in the cluster jar", name).isNotNull();
      }
    }
  }

  @Test
  void theJarCarriesNd4jsServicesAndNotWhatTheClusterProvides() throws IOException {
    try (ZipFile jar = new ZipFile(clusterJar().toFile())) {
      String backends =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/org.nd4j.linalg.factory.Nd4jBackend")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(backends).contains("org.nd4j.linalg.cpu.nativecpu.CpuBackend");
      assertThat(jar.getEntry("org/nd4j/kryo/Nd4jRegistrator.class")).isNotNull();
      assertThat(jar.getEntry("ecg-autoencoder/reference.conf")).isNotNull();
      assertThat(jar.getEntry("org/apache/spark/SparkContext.class")).as("Spark is provided").isNull();
      assertThat(jar.getEntry("org/apache/hadoop/fs/FileSystem.class")).as("Hadoop is provided").isNull();
      assertThat(jar.getEntry("scala/Predef.class")).as("Scala comes with Spark").isNull();
      assertThat(jar.stream().map(entry -> entry.getName()).filter(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)")))
          .as("signature files of signed dependencies would make the merged jar fail verification")
          .isEmpty();
    }
  }

  /** Checked when a CUDA build (mvn -Pcuda -DskipTests package) left its jar in target/; skipped otherwise. */
  @Test
  void theCudaJarRegistersTheCudaBackendAndLeavesTheRedistOut() throws IOException {
    Path cudaJar = null;
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "ecg-autoencoder-*-cluster-cuda.jar")) {
      for (Path jar : jars) {
        cudaJar = jar;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(cudaJar != null, "no CUDA build in target/");
    try (ZipFile jar = new ZipFile(cudaJar.toFile())) {
      String backends =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/org.nd4j.linalg.factory.Nd4jBackend")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(backends).contains("org.nd4j.linalg.jcublas.JCublasBackend").doesNotContain("nativecpu");
      assertThat(jar.stream().map(entry -> entry.getName()).filter(name -> name.contains("libcudart.so")))
          .as("the CUDA runtime comes from the host's CUDA 11.6 or the redist jar, never from the cluster jar")
          .isEmpty();
      assertThat(jar.getEntry("org/ecgautoencoder/cli/TrainJob.class")).isNotNull();
    }
  }
}
