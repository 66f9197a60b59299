package org.ecgautoencoder.config;

import java.io.Serializable;

/** Where the demo fetches ECG5000 when the configured file is absent, and the checksum that download must match. */
public record DownloadConfig(String url, String sha256, String cacheDir) implements Serializable {
  public DownloadConfig {
    ConfigChecks.check(
        sha256.matches("[0-9a-f]{64}"), "input.download.sha256", sha256, "64 lower-case hex digits");
    ConfigChecks.check(!cacheDir.isBlank(), "input.download.cache-dir", "\"\"", "a folder path");
  }
}
