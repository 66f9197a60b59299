package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile files ({@link HostileCsv}) through the real file reader, without Spark: every line read is
 * one valid row or one reject, numbered 0..n-1 without gaps, with the reason {@link CsvLineOracle} works out,
 * a non-empty detail and raw text that gives back the line's bytes; the width check sees the first line the
 * parser does not call blank. Compressed copies read alike; cut or corrupted ones read alike up to where
 * they fail, and fail only with {@link UnreadableInputException} naming the file. Seeded: a failure names its
 * seed.
 */
class CsvHostileInputTest {
  /** -Dhostile.files=N -Dhostile.seed=S explore further than the default run's 600 files from seed 0. */
  private static final int FILES = Integer.getInteger("hostile.files", 600);
  private static final long FIRST_SEED = Long.getLong("hostile.seed", 0);
  private static final Configuration CONF = new Configuration();
  private static final CsvBeatParser PARSER = new CsvBeatParser(TestConfigs.csvInput(LabelColumn.LAST, 0, "x"));

  @TempDir Path dir;

  /** What the reader made of one line. */
  record Read(long rowIndex, RejectReason reason, String detail, String rawText, float[] samples, Double label) {}

  /** Every line read, in row order, and the exception that stopped the read, if any. */
  record Scan(List<Read> rows, RuntimeException failure) {}

  static Scan scan(String file) {
    List<Read> rows = new ArrayList<>();
    RuntimeException failure = null;
    try (CsvFileScan scan = new CsvFileScan(file, CONF, PARSER)) {
      BeatBatch batch = new BeatBatch(7, CsvLineOracle.FIELDS - 1);
      boolean more = true;
      while (more) {
        batch.clear();
        try {
          more = scan.fill(batch, r -> rows.add(new Read(r.rowIndex(), r.reason(), r.detail(), r.rawText(), null, null)));
        } catch (RuntimeException e) {
          failure = e;
          more = false;
        }
        for (int r = 0; r < batch.size(); r++) {
          rows.add(new Read(batch.rowIndex(r), null, null, null, batch.copyOfSamples(r), batch.label(r)));
        }
      }
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    rows.sort(Comparator.comparingLong(Read::rowIndex));
    return new Scan(rows, failure);
  }

  @Test
  void everyLineIsOneValidRowOrOneRejectWithItsReason() throws IOException {
    java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + FILES; seed++) {
      byte[] content = new HostileCsv(seed).file();
      Random variants = new Random(~seed); // each file's own: -Dhostile.seed=S -Dhostile.files=1 replays it
      List<CsvLineOracle.Line> expected = CsvLineOracle.lines(content);
      expected.forEach(line -> seen.merge(line.reason() == null ? "valid" : line.reason().name(), 1, Integer::sum));
      String context = "seed " + seed;
      Path plain = Files.write(dir.resolve("f.csv"), content);
      checkWhole(scan(plain.toUri().toString()), expected, context);
      checkWidthCheck(plain, expected, context);

      String name = variants.nextInt(12) == 0 ? "f.csv.bz2" : "f.csv.gz"; // Java bzip2 is slow: a few
      byte[] compressed = compress(name, content);
      String what = context + " " + name;
      switch (variants.nextInt(4)) {
        case 0 -> checkWhole(scan(write(name, compressed)), expected, what);
        case 1 -> checkPrefix(scan(write(name, Arrays.copyOf(compressed, variants.nextInt(compressed.length)))), expected, what + " cut");
        case 2 -> checkConsistent(scan(write(name, corrupt(compressed, variants))), what + " corrupt");
        default -> checkConsistent(scan(write(name, corrupt(content, variants))), what + " not compressed");
      }
    }
    // The generator must keep producing every kind of line, or the checks above prove little.
    assertThat(seen).allSatisfy((kind, lines) -> assertThat(lines).as(kind).isGreaterThan(FILES / 10))
        .containsKeys("valid", "BLANK_LINE", "WRONG_FIELD_COUNT", "NOT_A_NUMBER", "NOT_FINITE");
  }

  @Test
  void aLineOverTheLimitAmongHostileLinesIsMeasuredAndTheRestRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new HostileCsv(1).file());
    out.write('\n');
    byte[] huge = new byte[LineScanner.MAX_LINE_BYTES + 12_345];
    new Random(2).nextBytes(huge);
    for (int i = 0; i < huge.length; i++) {
      huge[i] = huge[i] == '\n' ? (byte) ',' : huge[i];
    }
    out.writeBytes(huge);
    out.writeBytes("\r\n1,2,3,1.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    byte[] content = out.toByteArray();
    List<CsvLineOracle.Line> expected = CsvLineOracle.lines(content);

    Scan scan = scan(Files.write(dir.resolve("huge.csv"), content).toUri().toString());

    checkWhole(scan, expected, "huge line");
    Read tooLong = scan.rows().get(expected.size() - 2);
    long fields = 1;
    for (byte b : huge) {
      fields += b == ',' ? 1 : 0;
    }
    assertThat(tooLong.detail()).startsWith("the line is " + (huge.length + 1) + " bytes long with " + fields + " fields");
  }

  private String write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes).toUri().toString();
  }

  /** The whole file read: each line once, as the oracle says. */
  private static void checkWhole(Scan scan, List<CsvLineOracle.Line> expected, String context) {
    if (scan.failure() != null) {
      fail(context + ": the read failed", scan.failure());
    }
    assertThat(scan.rows()).as(context + ": rows read").hasSize(expected.size());
    checkRows(scan.rows(), expected, context);
  }

  /** A cut compressed file: the lines before the cut as the oracle says, then a clear failure or the end. */
  private static void checkPrefix(Scan scan, List<CsvLineOracle.Line> expected, String context) {
    checkFailureIsClear(scan, context);
    assertThat(scan.rows().size()).as(context + ": rows read").isLessThanOrEqualTo(expected.size());
    checkRows(scan.rows(), expected, context);
  }

  /** Corrupt bytes: whatever they decode to, every row read is numbered, valid or rejected with a reason. */
  private static void checkConsistent(Scan scan, String context) {
    checkFailureIsClear(scan, context);
    for (int i = 0; i < scan.rows().size(); i++) {
      Read row = scan.rows().get(i);
      assertThat(row.rowIndex()).as(context + ": row numbers").isEqualTo(i);
      if (row.samples() == null) {
        assertThat(row.reason()).as(context).isNotNull();
        assertThat(row.detail()).as(context).isNotBlank();
      }
    }
  }

  private static void checkFailureIsClear(Scan scan, String context) {
    if (scan.failure() != null && !(scan.failure() instanceof UnreadableInputException)) {
      fail(context + ": not a clear failure", scan.failure());
    }
    if (scan.failure() != null) {
      assertThat(scan.failure().getMessage()).as(context).startsWith("file:").containsPattern("f\\.csv\\.(gz|bz2): ");
    }
  }

  private static void checkRows(List<Read> rows, List<CsvLineOracle.Line> expected, String context) {
    for (int i = 0; i < rows.size(); i++) {
      Read row = rows.get(i);
      CsvLineOracle.Line line = expected.get(i);
      String where = context + ", line " + i + " '" + RawText.escape(line.bytes(), 0, Math.min(200, line.bytes().length), 200) + "'";
      assertThat(row.rowIndex()).as(where + ": row number").isEqualTo(i);
      assertThat(row.reason()).as(where + ": reason (" + row.detail() + ")").isEqualTo(line.reason());
      if (line.reason() == null) {
        assertThat(row.samples()).as(where).containsExactly(line.samples());
        assertThat(row.label()).as(where).isEqualTo(line.label());
        continue;
      }
      assertThat(row.detail()).as(where).isNotBlank();
      assertThat(row.rawText().length()).as(where).isLessThanOrEqualTo(RejectedRow.MAX_RAW_TEXT_CHARS);
      byte[] kept = CsvLineOracle.unescape(row.rawText());
      assertThat(kept).as(where + ": raw text").isEqualTo(Arrays.copyOf(line.bytes(), kept.length));
      if (line.bytes().length * 4 <= RejectedRow.MAX_RAW_TEXT_CHARS) {
        assertThat(kept).as(where + ": raw text").isEqualTo(line.bytes());
      }
    }
  }

  /** The width check looks at the first line the parser does not call blank, and counts its fields. */
  private static void checkWidthCheck(Path file, List<CsvLineOracle.Line> expected, String context) {
    int first = 0;
    while (first < expected.size() && expected.get(first).reason() == RejectReason.BLANK_LINE) {
      first++;
    }
    try (CsvFileScan scan = new CsvFileScan(file.toUri().toString(), CONF, PARSER)) {
      long[] found = scan.firstNonBlankLine();
      if (first == expected.size()) {
        assertThat(found).as(context + ": no non-blank line").isNull();
        return;
      }
      long fields = 1;
      for (byte b : expected.get(first).bytes()) {
        fields += b == ',' ? 1 : 0;
      }
      assertThat(found).as(context + ": first non-blank line and its fields").containsExactly(first, fields);
    }
  }

  /** As gzip or Hadoop's bzip2 writes them (by the name's extension). */
  private static byte[] compress(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompressionCodec codec = new CompressionCodecFactory(CONF).getCodec(new org.apache.hadoop.fs.Path(name));
    try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(bytes) : codec.createOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static byte[] corrupt(byte[] bytes, Random random) {
    byte[] corrupt = bytes.clone();
    for (int i = 0; i < 1 + random.nextInt(3) && corrupt.length > 0; i++) {
      corrupt[random.nextInt(corrupt.length)] ^= (byte) (1 + random.nextInt(255));
    }
    return corrupt;
  }
}
