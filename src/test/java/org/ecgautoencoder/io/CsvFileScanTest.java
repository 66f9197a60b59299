package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file through the scanner and the parser, without Spark: what a reading task sees of it. */
class CsvFileScanTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Configuration CONF = new Configuration();
  private static final CsvBeatParser PARSER = new CsvBeatParser(TestConfigs.csvInput(LabelColumn.LAST, 0, "x"));

  /** Every line as "ROW valid" or "ROW REASON". */
  static List<String> scan(Path file) {
    return scan(file, reject -> {});
  }

  static List<String> scan(Path file, java.util.function.Consumer<RejectedRow> rejects) {
    List<String> rows = new ArrayList<>();
    try (CsvFileScan scan = new CsvFileScan(file.toUri().toString(), CONF, PARSER)) {
      BeatBatch batch = new BeatBatch(2, 3);
      boolean more = true;
      while (more) {
        batch.clear();
        more = scan.fill(batch, reject -> {
          rows.add(reject.rowIndex() + " " + reject.reason());
          rejects.accept(reject);
        });
        for (int r = 0; r < batch.size(); r++) {
          rows.add(batch.rowIndex(r) + " valid");
        }
      }
    }
    rows.sort(java.util.Comparator.comparingLong(row -> Long.parseLong(row.split(" ")[0])));
    return rows;
  }

  private static byte[] concat(byte[] first, String rest) {
    byte[] text = rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(first, first.length + text.length);
    System.arraycopy(text, 0, all, first.length, text.length);
    return all;
  }

  private static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  @Test
  void byteOrderMarkAtTheStartIsSkippedPlainAndGzip(@TempDir Path dir) throws Exception {
    byte[] content = concat(BOM, "1,2,3,1.0\n4,5,6,0.0\n");
    Path plain = Files.write(dir.resolve("bom.csv"), content);
    Path gz = gzip(dir.resolve("bom.csv.gz"), content);

    assertThat(scan(plain)).containsExactly("0 valid", "1 valid");
    assertThat(scan(gz)).containsExactly("0 valid", "1 valid");
    try (CsvFileScan scan = new CsvFileScan(plain.toUri().toString(), CONF, PARSER)) {
      assertThat(scan.firstNonBlankLine()).containsExactly(0, 4);
    }
  }

  @Test
  void byteOrderMarkElsewhereIsData(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("mid.csv"), concat(concat(new byte[0], "1,2,3,1.0\n"), "\uFEFF4,5,6,0.0\n"));
    assertThat(scan(file)).containsExactly("0 valid", "1 NOT_A_NUMBER");
  }

  @Test
  void byteOrderMarkAloneIsABlankLine(@TempDir Path dir) throws Exception {
    assertThat(scan(Files.write(dir.resolve("only.csv"), concat(BOM, "\n1,2,3,1.0"))))
        .containsExactly("0 BLANK_LINE", "1 valid");
  }

  @Test
  void aTooLongFirstLineIsMeasuredWhole(@TempDir Path dir) throws Exception {
    int fields = (LineScanner.MAX_LINE_BYTES / 4) + 1000; // "0.1," each: longer than a line may be
    Path manyFields = Files.writeString(dir.resolve("wide.csv"), "0.1,".repeat(fields - 1) + "0.1\n1,2,3,1.0\n");
    Path oneField = Files.writeString(dir.resolve("long.csv"), "7".repeat(LineScanner.MAX_LINE_BYTES + 10) + "\n");

    try (CsvFileScan scan = new CsvFileScan(manyFields.toUri().toString(), CONF, PARSER)) {
      assertThat(scan.firstNonBlankLine()).containsExactly(0, fields);
    }
    try (CsvFileScan scan = new CsvFileScan(oneField.toUri().toString(), CONF, PARSER)) {
      assertThat(scan.firstNonBlankLine()).containsExactly(0, 1);
    }
    List<RejectedRow> rejects = new ArrayList<>();
    assertThat(scan(manyFields, rejects::add)).containsExactly("0 LINE_TOO_LONG", "1 valid");
    assertThat(rejects.get(0).detail())
        .isEqualTo(
            "the line is " + (4L * fields - 1) + " bytes long with " + fields + " fields, over the "
                + LineScanner.MAX_LINE_BYTES + " bytes a line may have (is this a beat CSV file?)");
    assertThat(rejects.get(0).rawText()).startsWith("0.1,0.1,").hasSize(RejectedRow.MAX_RAW_TEXT_CHARS);
  }

  private static byte[] gzipped(String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aTruncatedGzipFileIsUnreadableInputNamingTheFileAndTheLinesRead(@TempDir Path dir) throws Exception {
    byte[] whole = gzipped("1,2,3,1.0\n".repeat(20_000));
    Path cut = Files.write(dir.resolve("trunc.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> scan(cut))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(cut.toUri() + ": truncated gzip stream (")
        .hasMessageMatching(".* after [1-9][0-9]* lines");
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsUnreadableInput(@TempDir Path dir) throws Exception {
    Path notGzip = Files.writeString(dir.resolve("plain.csv.gz"), "1,2,3,1.0\n");

    assertThatThrownBy(() -> scan(notGzip))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(notGzip.toUri() + ": not readable as gzip (not a gzip file) at its start");
    try (CsvFileScan scan = new CsvFileScan(notGzip.toUri().toString(), CONF, PARSER)) {
      assertThatThrownBy(scan::firstNonBlankLine).isInstanceOf(UnreadableInputException.class);
    }
  }

  @Test
  void aLineOfCarriageReturnsIsBlankForTheWidthCheckAsForTheParser(@TempDir Path dir) throws Exception {
    // A blank first line written with "\r\r\n" is "\r" once its end is dropped: BLANK_LINE to the parser.
    Path file = Files.writeString(dir.resolve("cr.csv"), "\r\r\n \r\n1,2,3,1.0\n");
    assertThat(scan(file)).containsExactly("0 BLANK_LINE", "1 BLANK_LINE", "2 valid");
    try (CsvFileScan scan = new CsvFileScan(file.toUri().toString(), CONF, PARSER)) {
      assertThat(scan.firstNonBlankLine()).containsExactly(2, 4);
    }
  }

  @Test
  void aCorruptBzip2FileIsUnreadableInputNotACrash(@TempDir Path dir) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.apache.hadoop.io.compress.CompressionCodec bzip2 =
        new org.apache.hadoop.io.compress.CompressionCodecFactory(CONF).getCodec(new org.apache.hadoop.fs.Path("x.bz2"));
    try (OutputStream compressed = bzip2.createOutputStream(out)) {
      compressed.write("1,2,3,1.0\n-4.5,6e-3,7,0\n".repeat(500).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    byte[] whole = out.toByteArray();
    java.util.Random random = new java.util.Random(111);
    // Hadoop's Java bzip2 decoder meets some corrupt blocks with ArrayIndexOutOfBoundsException.
    for (int i = 0; i < 40; i++) {
      byte[] corrupt = whole.clone();
      corrupt[10 + random.nextInt(corrupt.length - 10)] ^= (byte) (1 + random.nextInt(255));
      Path file = Files.write(dir.resolve("corrupt-" + i + ".csv.bz2"), corrupt);
      try {
        scan(file);
      } catch (UnreadableInputException e) {
        assertThat(e).hasMessageStartingWith(file.toUri() + ": ");
      }
    }
  }
}
