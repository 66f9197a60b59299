package org.ecgautoencoder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Checks a report folder as a browser would load it: every image index.html references is a real PNG. */
public final class ReportImages {
  private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ReportImages() {}

  /** @return the referenced file names, each checked to exist and to decode as a PNG of at least 400 x 200 */
  public static List<String> checkedImages(Path reportDir) throws IOException {
    String page = Files.readString(reportDir.resolve("index.html"));
    List<String> images = new ArrayList<>();
    Matcher matcher = IMAGE.matcher(page);
    while (matcher.find()) {
      String file = matcher.group(1);
      Path image = reportDir.resolve(file);
      assertThat(image).as("image %s referenced by index.html", file).exists();
      byte[] bytes = Files.readAllBytes(image);
      assertThat(bytes).as("%s starts with the PNG signature", file).startsWith(PNG_SIGNATURE);
      assertThat(bytes.length).as("%s size in bytes", file).isGreaterThan(5_000);
      BufferedImage decoded = ImageIO.read(image.toFile());
      assertThat(decoded).as("%s decodes", file).isNotNull();
      assertThat(decoded.getWidth()).isGreaterThanOrEqualTo(400);
      assertThat(decoded.getHeight()).isGreaterThanOrEqualTo(200);
      images.add(file);
    }
    return images;
  }
}
