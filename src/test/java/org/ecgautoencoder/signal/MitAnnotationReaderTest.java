package org.ecgautoencoder.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecgautoencoder.testing.TestPaths;
import org.junit.jupiter.api.Test;

class MitAnnotationReaderTest {
  @Test
  void beatCountsOverThe26RecordsMatchSourceMd() throws Exception {
    Map<String, Integer> beats = new TreeMap<>();
    Map<String, Integer> all = new TreeMap<>();
    for (String record : TestPaths.MITDB_RECORDS) {
      try (InputStream in = Files.newInputStream(TestPaths.mitdbDir().resolve(record + ".atr"))) {
        List<Annotation> annotations = MitAnnotationReader.read(in, record + ".atr");
        long previous = -1;
        for (Annotation a : annotations) {
          assertThat(a.sample()).as("%s sorted", record).isGreaterThanOrEqualTo(previous).isLessThan(650_000);
          previous = a.sample();
          all.merge(a.symbol(), 1, Integer::sum);
          if (a.isBeat()) {
            beats.merge(a.symbol(), 1, Integer::sum);
          }
        }
      }
    }
    // SOURCE.md's table; WFDB's isqrs also counts '!' (ventricular flutter wave) as a QRS.
    assertThat(beats).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("N", 38_608), Map.entry("L", 3_949), Map.entry("R", 3_783), Map.entry("V", 3_910),
        Map.entry("/", 7_028), Map.entry("f", 982), Map.entry("A", 810), Map.entry("F", 415),
        Map.entry("E", 105), Map.entry("a", 100), Map.entry("J", 32), Map.entry("Q", 26),
        Map.entry("j", 16), Map.entry("e", 16), Map.entry("S", 2), Map.entry("!", 472)));
    assertThat(all).containsKeys("+", "~");
  }

  @Test
  void rhythmChangesCarryTheirAuxText() throws Exception {
    try (InputStream in = Files.newInputStream(TestPaths.mitdbDir().resolve("201.atr"))) {
      List<Annotation> rhythms = MitAnnotationReader.read(in, "201.atr").stream()
          .filter(a -> a.symbol().equals("+")).toList();
      assertThat(rhythms).isNotEmpty().allSatisfy(a -> assertThat(a.aux()).startsWith("("));
      assertThat(rhythms).extracting(Annotation::aux).contains("(AFIB", "(N");
    }
  }

  @Test
  void decodesSkipAuxAndFieldWordsByHand() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    word(out, (1 << 10) | 100); // N at 100
    word(out, (62 << 10) | 1); // CHN 1 for it and what follows
    word(out, (59 << 10)); // SKIP: 0x0001_0000 = 65536, high word first
    word(out, 0x0001);
    word(out, 0x0000);
    word(out, (5 << 10) | 4); // V at 100 + 65536 + 4
    word(out, (61 << 10) | 0x3ff); // SUB -1 (a signed byte)
    word(out, (63 << 10) | 5); // AUX "(AFIB" + one pad byte
    out.write("(AFIB\0".getBytes(StandardCharsets.US_ASCII));
    word(out, (60 << 10) | 7); // NUM 7
    word(out, (28 << 10) | 0); // + at the same sample
    word(out, 0);
    List<Annotation> annotations = MitAnnotationReader.read(new ByteArrayInputStream(out.toByteArray()), "x.atr");
    assertThat(annotations).containsExactly(
        new Annotation(100, 1, "N", 0, 1, 0, null),
        new Annotation(65_640, 5, "V", -1, 1, 7, "(AFIB"),
        new Annotation(65_640, 28, "+", 0, 1, 7, null));
    assertThat(annotations.get(0).isBeat()).isTrue();
    assertThat(annotations.get(2).isBeat()).isFalse();
  }

  @Test
  void symbolsFollowWfdbsTableNotAShiftedOne() {
    assertThat(AnnotationCodes.symbol(34)).isEqualTo("e");
    assertThat(AnnotationCodes.symbol(35)).isEqualTo("n");
    assertThat(AnnotationCodes.symbol(37)).isEqualTo("x");
    assertThat(AnnotationCodes.symbol(38)).isEqualTo("f");
    assertThat(AnnotationCodes.symbol(41)).isEqualTo("r");
    assertThat(AnnotationCodes.symbol(55)).isEqualTo("[55]");
    assertThat(AnnotationCodes.isBeat(38)).isTrue();
    assertThat(AnnotationCodes.isBeat(37)).isFalse();
    assertThat(AnnotationCodes.isBeat(14)).isFalse();
  }

  @Test
  void aTruncatedAuxStringNamesTheFileAndByte() {
    byte[] bytes = {10, (byte) (1 << 2), 9, (byte) (63 << 2), '(', 'A'};
    assertThatThrownBy(() -> MitAnnotationReader.read(new ByteArrayInputStream(bytes), "bad.atr"))
        .isInstanceOf(RecordingFormatException.class)
        .hasMessageContaining("bad.atr")
        .hasMessageContaining("AUX word at byte 2 announces 9 bytes but only 2 remain")
        .extracting(e -> ((RecordingFormatException) e).reason())
        .isEqualTo(RecordingFormatException.Reason.BAD_ANNOTATION_FILE);
  }

  private static void word(ByteArrayOutputStream out, int word) {
    out.write(word & 0xff);
    out.write((word >> 8) & 0xff);
  }
}
