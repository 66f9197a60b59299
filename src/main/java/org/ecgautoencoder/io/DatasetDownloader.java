package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.ecgautoencoder.config.DownloadConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the dataset file: the configured path when it exists, else a cached download, else a fresh download
 * that is kept only when its sha256 matches the configured one.
 */
public final class DatasetDownloader {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetDownloader.class);
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private DatasetDownloader() {}

  /** @return the local file to read */
  public static Path locate(Path configuredFile, DownloadConfig download) {
    if (Files.isRegularFile(configuredFile)) {
      return configuredFile;
    }
    String fileName = configuredFile.getFileName().toString();
    Path cached = Path.of(download.cacheDir()).resolve(fileName);
    if (Files.isRegularFile(cached) && sha256(cached).equals(download.sha256())) {
      LOG.info("{} not found; using the verified cached copy {}", configuredFile, cached);
      return cached;
    }
    LOG.info("{} not found; downloading {} into {}", configuredFile, download.url(), cached);
    fetch(URI.create(download.url()), cached, download.sha256());
    return cached;
  }

  private static void fetch(URI url, Path target, String expectedSha256) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      HttpClient client =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<Path> response =
          client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
      if (response.statusCode() != 200) {
        Files.deleteIfExists(partial);
        throw new IllegalArgumentException("Download of " + url + " failed with HTTP status " + response.statusCode());
      }
      String actual = sha256(partial);
      if (!actual.equals(expectedSha256)) {
        Files.deleteIfExists(partial);
        throw new IllegalArgumentException(
            "Refusing the download of " + url + ": its sha256 is " + actual + " but input.download.sha256 is "
                + expectedSha256 + " (a corrupted or different file); nothing was kept");
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot download " + url + " to " + target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while downloading " + url, e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[1 << 16];
      while (in.read(buffer) >= 0) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
