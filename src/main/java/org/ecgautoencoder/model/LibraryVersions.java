package org.ecgautoencoder.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.nd4j.linalg.factory.Nd4j;

/** The versions a bundle was made with: from the build (filtered build.properties) and the running JVM. */
final class LibraryVersions {
  private static final String BUILD_PROPERTIES = "/ecg-autoencoder/build.properties";

  private LibraryVersions() {}

  static Map<String, String> current() {
    Map<String, String> versions = new TreeMap<>();
    try (InputStream in = LibraryVersions.class.getResourceAsStream(BUILD_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        properties.forEach((key, value) -> versions.put(key.toString(), value.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
    }
    versions.put("spark.runtime-version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    versions.put("nd4j.backend", Nd4j.getBackend().getClass().getSimpleName());
    versions.put("java.version", System.getProperty("java.version"));
    return versions;
  }
}
