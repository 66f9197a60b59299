package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;

class CsvBeatParserTest {
  private static CsvBeatParser parser(LabelColumn labelColumn) {
    return new CsvBeatParser(TestConfigs.csvInput(labelColumn, 0.0, "x"));
  }

  private static RejectedRow rejected(String line) {
    ParsedRow row = parser(LabelColumn.LAST).parse("f.csv", 7, line);
    assertThat(row.isValid()).as("expected a reject for '%s'", line).isFalse();
    assertThat(row.rejected().sourceFile()).isEqualTo("f.csv");
    assertThat(row.rejected().rowIndex()).isEqualTo(7);
    assertThat(row.rejected().rawText()).isEqualTo(line);
    return row.rejected();
  }

  @Test
  void labelLast() {
    BeatRecord beat = parser(LabelColumn.LAST).parse("f.csv", 0, "0.5,-1.25,2e-3,1.0").beat();
    assertThat(beat.samples()).containsExactly(0.5f, -1.25f, 0.002f);
    assertThat(beat.label()).isEqualTo(1.0);
    assertThat(beat.normal()).isTrue();
    assertThat(beat.recordId()).isEqualTo("f.csv:0");
  }

  @Test
  void labelFirstAsInTheUcrFiles() {
    BeatRecord beat = parser(LabelColumn.FIRST).parse("f.csv", 3, "2,0.5,-1.25,3").beat();
    assertThat(beat.samples()).containsExactly(0.5f, -1.25f, 3f);
    assertThat(beat.label()).isEqualTo(2.0);
    assertThat(beat.normal()).isFalse();
  }

  @Test
  void noLabel() {
    BeatRecord beat = parser(LabelColumn.NONE).parse("f.csv", 0, "1,2,3").beat();
    assertThat(beat.samples()).containsExactly(1f, 2f, 3f);
    assertThat(beat.hasLabel()).isFalse();
    assertThat(beat.normal()).isFalse();
  }

  @Test
  void windowsLineEndsAndSpacesAroundNumbersAreAccepted() {
    assertThat(parser(LabelColumn.LAST).parse("f.csv", 0, " 1, 2 ,3,0.0\r").beat().samples())
        .containsExactly(1f, 2f, 3f);
  }

  @Test
  void blankLine() {
    assertThat(rejected("").reason()).isEqualTo(RejectReason.BLANK_LINE);
    assertThat(rejected("   \t").reason()).isEqualTo(RejectReason.BLANK_LINE);
  }

  @Test
  void wrongFieldCount() {
    RejectedRow tooFew = rejected("1,2,1.0");
    assertThat(tooFew.reason()).isEqualTo(RejectReason.WRONG_FIELD_COUNT);
    assertThat(tooFew.detail()).contains("expected 4 fields").contains("found 3");
    assertThat(rejected("1,2,3,4,1.0").detail()).contains("found 5");
  }

  @Test
  void nonNumericFieldIsNamed() {
    RejectedRow row = rejected("1,abc,3,1.0");
    assertThat(row.reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
    assertThat(row.detail()).isEqualTo("field 2: 'abc' is not a number");
  }

  @Test
  void emptyFieldIsNotANumber() {
    RejectedRow row = rejected("1,,3,1.0");
    assertThat(row.reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
    assertThat(row.detail()).startsWith("field 2:");
  }

  @Test
  void nonNumericLabelIsNamedAsTheLabel() {
    RejectedRow row = rejected("1,2,3,normal");
    assertThat(row.reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
    assertThat(row.detail()).startsWith("field 4 (label):");
  }

  @Test
  void javaNumberSyntaxIsNotANumber() {
    for (String field : List.of("0x1p3", "0X1.8P1", "1d", "1f", "1D", "1F")) {
      RejectedRow row = rejected("1," + field + ",3,1.0");
      assertThat(row.reason()).as(field).isEqualTo(RejectReason.NOT_A_NUMBER);
      assertThat(row.detail()).isEqualTo("field 2: '" + field + "' is not a number");
    }
  }

  @Test
  void everySpellingOfInfinityAndNanIsNotFinite() {
    for (String field : List.of("inf", "+inf", "-inf", "Infinity", "-Infinity", "nan", "NaN", "INF", "-NAN")) {
      RejectedRow row = rejected("1," + field + ",3,1.0");
      assertThat(row.reason()).as(field).isEqualTo(RejectReason.NOT_FINITE);
      assertThat(row.detail()).isEqualTo("field 2: '" + field + "' is not finite");
    }
  }

  @Test
  void nanAndInfinityAreNotFinite() {
    assertThat(rejected("1,NaN,3,1.0").reason()).isEqualTo(RejectReason.NOT_FINITE);
    assertThat(rejected("1,2,Infinity,1.0").detail()).isEqualTo("field 3: 'Infinity' is not finite");
    assertThat(rejected("1,2,-Infinity,1.0").reason()).isEqualTo(RejectReason.NOT_FINITE);
    assertThat(rejected("1,2,1e999,1.0").reason()).isEqualTo(RejectReason.NOT_FINITE);
    assertThat(rejected("1,2,1e39,1.0").detail()).isEqualTo("field 3: 1.0E39 overflows float32, the network's precision");
  }

  @Test
  void veryLongGarbageIsTruncatedInTheReject() {
    String garbage = "x".repeat(RejectedRow.MAX_RAW_TEXT_CHARS + 50);
    RejectedRow row = parser(LabelColumn.LAST).parse("f.csv", 0, garbage).rejected();
    assertThat(row.rawText()).hasSize(RejectedRow.MAX_RAW_TEXT_CHARS);
  }

  @Test
  void bytesThatAreNotUtf8AreKeptEscapedInTheReject() {
    byte[] line = {'1', ',', (byte) 0xFF, '2', ',', '3', '\\', ',', '1'};
    BeatBatch batch = new BeatBatch(1, 3);
    RejectedRow row = parser(LabelColumn.LAST).parseInto("f.csv", 0, line, 0, line.length, batch);
    assertThat(row.reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
    assertThat(row.detail()).isEqualTo("field 2: '\\xff2' is not a number");
    assertThat(row.rawText()).isEqualTo("1,\\xff2,3\\\\,1");
  }

  @Test
  void aHugeBadFieldIsAbbreviatedInTheDetail() {
    String field = "y".repeat(5000);
    RejectedRow row = rejected("1," + field + ",3,1.0");
    assertThat(row.detail()).isEqualTo("field 2: '" + "y".repeat(100) + "...' is not a number");
  }
}
