package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecgautoencoder.config.DownloadConfig;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's download path, against a local HTTP server on 127.0.0.1 serving a copy of ecg.csv and a corrupted one. */
class DatasetDownloaderTest {
  private static final String ECG_SHA256 = "72ce7b040ca0c6ed36c3368e570c6ac4ddf20100476e47373c63b2395e012df1";

  @TempDir Path dir;
  private HttpServer server;
  private String baseUrl;

  @BeforeEach
  void serveCopies() throws Exception {
    byte[] good = Files.readAllBytes(TestPaths.ecgCsv());
    byte[] corrupted = good.clone();
    corrupted[1000] = (byte) (corrupted[1000] == '1' ? '2' : '1');
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/good/ecg.csv", exchange -> {
      exchange.sendResponseHeaders(200, good.length);
      exchange.getResponseBody().write(good);
      exchange.close();
    });
    server.createContext("/corrupted/ecg.csv", exchange -> {
      exchange.sendResponseHeaders(200, corrupted.length);
      exchange.getResponseBody().write(corrupted);
      exchange.close();
    });
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void existingFileIsUsedAsIs() {
    Path located = DatasetDownloader.locate(TestPaths.ecgCsv(), download("/good/ecg.csv"));
    assertThat(located).isEqualTo(TestPaths.ecgCsv());
  }

  @Test
  void absentFileIsDownloadedVerifiedAndCached() throws Exception {
    Path absent = dir.resolve("data/ecg.csv");
    Path located = DatasetDownloader.locate(absent, download("/good/ecg.csv"));

    assertThat(located).isEqualTo(dir.resolve("cache/ecg.csv"));
    assertThat(DatasetDownloader.sha256(located)).isEqualTo(ECG_SHA256);
    server.stop(0); // a second call must not need the network
    assertThat(DatasetDownloader.locate(absent, download("/good/ecg.csv"))).isEqualTo(located);
  }

  @Test
  void corruptedDownloadIsRefusedAndNotKept() {
    Path absent = dir.resolve("data/ecg.csv");
    assertThatThrownBy(() -> DatasetDownloader.locate(absent, download("/corrupted/ecg.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Refusing the download")
        .hasMessageContaining("input.download.sha256 is " + ECG_SHA256);
    assertThat(dir.resolve("cache/ecg.csv")).doesNotExist();
    assertThat(dir.resolve("cache/ecg.csv.part")).doesNotExist();
  }

  @Test
  void httpErrorIsReported() {
    assertThatThrownBy(() -> DatasetDownloader.locate(dir.resolve("x/ecg.csv"), download("/missing/ecg.csv")))
        .hasMessageContaining("failed with HTTP status 404");
  }

  private DownloadConfig download(String path) {
    return new DownloadConfig(baseUrl + path, ECG_SHA256, dir.resolve("cache").toString());
  }
}
