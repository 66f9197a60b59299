package org.ecgautoencoder.io;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.ecgautoencoder.config.CsvIdField;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.LabelColumn;

/**
 * Parses one header-less CSV line into a beat, or into a rejected row that says which field is wrong.
 * Works on the line's UTF-8 bytes and writes the samples straight into a {@link BeatBatch}, because at
 * archive scale the parsing is most of the job. Serialisable: it runs inside Spark tasks.
 */
public final class CsvBeatParser implements Serializable {
  /** A bad field is quoted in the detail up to this length: a megabyte of garbage says no more than its start. */
  private static final int MAX_DETAIL_FIELD_CHARS = 100;

  private final InputConfig input;
  private final int beatLength;
  private final LabelColumn labelColumn;
  private final boolean hasId;
  private final byte delimiter;
  private final int expectedFields;

  public CsvBeatParser(InputConfig input) {
    if (input.delimiterChar() > 127) {
      throw new IllegalArgumentException(
          "input.delimiter = \"" + input.delimiter() + "\" must be an ASCII character");
    }
    this.input = input;
    this.beatLength = input.beatLength();
    this.labelColumn = input.labelColumn();
    this.hasId = input.idField() == CsvIdField.FIRST;
    this.delimiter = (byte) input.delimiterChar();
    this.expectedFields = input.fieldsPerRow();
  }

  /** One line as a {@link ParsedRow}: the convenient form for tests and tools; jobs read through {@link ArchiveReader}. */
  public ParsedRow parse(String sourceFile, long rowIndex, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    BeatBatch one = new BeatBatch(1, beatLength);
    RejectedRow rejected = parseInto(sourceFile, rowIndex, bytes, 0, bytes.length, one);
    if (rejected != null) {
      return ParsedRow.rejected(rejected);
    }
    Double label = one.label(0);
    boolean normal = label != null && input.isNormalLabel(label);
    return ParsedRow.valid(
        new BeatRecord(BeatColumns.recordId(one.id(0), sourceFile, rowIndex), one.copyOfSamples(0), label, normal));
  }

  /**
   * Parses {@code bytes[start, end)} and appends it to {@code batch} when valid.
   *
   * @return null when the row was added, else why it was not (the batch is unchanged)
   */
  public RejectedRow parseInto(String sourceFile, long rowIndex, byte[] bytes, int lineStart, int lineEnd, BeatBatch batch) {
    int start = lineStart;
    int end = lineEnd;
    // Spaces and a '\r' around the row are harmless; the number parser would refuse them in the first or last field.
    while (start < end && isSpace(bytes[start])) {
      start++;
    }
    while (end > start && isSpace(bytes[end - 1])) {
      end--;
    }
    if (start == end) {
      return reject(sourceFile, rowIndex, RejectReason.BLANK_LINE, "the line is empty", bytes, lineStart, lineEnd);
    }
    // One pass: fields are split and parsed together; the field count is only taken when a row goes wrong,
    // so that a row with the wrong number of fields is reported as such, whatever else is wrong with it.
    float[] samples = batch.samples();
    int sampleOffset = batch.nextSampleOffset();
    double label = Double.NaN;
    String id = null;
    int field = 0;
    int fieldStart = start;
    while (true) {
      if (field == expectedFields) {
        return wrongFieldCount(sourceFile, rowIndex, bytes, start, end, lineStart, lineEnd);
      }
      int fieldEnd = indexOfDelimiter(bytes, fieldStart, end);
      if (hasId && field == 0) {
        id = new String(bytes, fieldStart, fieldEnd - fieldStart, StandardCharsets.UTF_8).strip();
        if (id.isEmpty()) {
          return fieldReject(
              sourceFile, rowIndex, RejectReason.MISSING_ID, "field 1 (id) is empty", bytes, start, end, lineStart,
              lineEnd);
        }
      } else {
        double value;
        try {
          value = DecimalFieldParser.parse(bytes, fieldStart, fieldEnd);
        } catch (NumberFormatException e) {
          return fieldReject(
              sourceFile, rowIndex, RejectReason.NOT_A_NUMBER,
              fieldName(field) + ": '" + fieldText(bytes, fieldStart, fieldEnd) + "' is not a number", bytes, start,
              end, lineStart, lineEnd);
        }
        if (!Double.isFinite(value)) {
          // As written, not as Java prints the value: "inf" and "1e999" stay recognisable.
          return fieldReject(
              sourceFile, rowIndex, RejectReason.NOT_FINITE,
              fieldName(field) + ": '" + fieldText(bytes, fieldStart, fieldEnd) + "' is not finite", bytes, start, end,
              lineStart, lineEnd);
        }
        if (isLabelField(field)) {
          label = value;
        } else {
          float sample = (float) value;
          if (!Float.isFinite(sample)) {
            return fieldReject(
                sourceFile, rowIndex, RejectReason.NOT_FINITE,
                fieldName(field) + ": " + value + " overflows float32, the network's precision", bytes, start, end,
                lineStart, lineEnd);
          }
          samples[sampleOffset++] = sample;
        }
      }
      field++;
      if (fieldEnd == end) {
        break;
      }
      fieldStart = fieldEnd + 1;
    }
    if (field != expectedFields) {
      return wrongFieldCount(sourceFile, rowIndex, bytes, start, end, lineStart, lineEnd);
    }
    if (labelColumn == LabelColumn.NONE) {
      batch.commitRow(sourceFile, rowIndex, id);
    } else {
      batch.commitLabelledRow(sourceFile, rowIndex, id, label);
    }
    return null;
  }

  private RejectedRow wrongFieldCount(
      String sourceFile, long rowIndex, byte[] bytes, int start, int end, int lineStart, int lineEnd) {
    return reject(
        sourceFile, rowIndex, RejectReason.WRONG_FIELD_COUNT,
        "expected " + expectedFields + " fields (" + input.csvRowLayout() + ") but found " + countFields(bytes, start, end),
        bytes, lineStart, lineEnd);
  }

  /** A bad field, unless the row's field count is wrong: that is the more useful reason to report. */
  private RejectedRow fieldReject(
      String sourceFile, long rowIndex, RejectReason reason, String detail, byte[] bytes, int start, int end,
      int lineStart, int lineEnd) {
    if (countFields(bytes, start, end) != expectedFields) {
      return wrongFieldCount(sourceFile, rowIndex, bytes, start, end, lineStart, lineEnd);
    }
    return reject(sourceFile, rowIndex, reason, detail, bytes, lineStart, lineEnd);
  }

  /**
   * A line cut at {@link LineScanner#MAX_LINE_BYTES}: it cannot be a beat of any sensible width.
   *
   * @param bytes its kept beginning, {@code [start, end)}, for the raw text
   * @param lineBytes the whole line's length, as measured while skipping it
   * @param lineFields the whole line's field count, likewise
   */
  RejectedRow tooLong(
      String sourceFile, long rowIndex, byte[] bytes, int start, int end, long lineBytes, long lineFields) {
    return reject(
        sourceFile, rowIndex, RejectReason.LINE_TOO_LONG,
        "the line is " + lineBytes + " bytes long with " + lineFields + " fields, over the "
            + LineScanner.MAX_LINE_BYTES + " bytes a line may have (is this a beat CSV file?)",
        bytes, start, end);
  }

  /** Whether {@code bytes[start, end)} holds only the blanks around a row: such a line is a BLANK_LINE. */
  boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isSpace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** The field delimiter as a byte (ASCII, checked in the constructor). */
  byte delimiter() {
    return delimiter;
  }

  private boolean isLabelField(int field) {
    int first = hasId ? 1 : 0;
    return (labelColumn == LabelColumn.FIRST && field == first)
        || (labelColumn == LabelColumn.LAST && field == first + beatLength);
  }

  /** 1-based field numbers, as a spreadsheet shows them, with the label named as such. */
  private String fieldName(int field) {
    return isLabelField(field) ? "field " + (field + 1) + " (label)" : "field " + (field + 1);
  }

  /** A bad field as the detail quotes it: without the blanks around it, escaped as raw text, abbreviated. */
  private static String fieldText(byte[] bytes, int fieldStart, int fieldEnd) {
    int start = fieldStart;
    int end = fieldEnd;
    while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
      start++;
    }
    while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
      end--;
    }
    return RawText.abbreviate(bytes, start, end, MAX_DETAIL_FIELD_CHARS);
  }

  private int countFields(byte[] bytes, int start, int end) {
    int count = 1;
    for (int i = start; i < end; i++) {
      if (bytes[i] == delimiter) {
        count++;
      }
    }
    return count;
  }

  private int indexOfDelimiter(byte[] bytes, int from, int end) {
    for (int i = from; i < end; i++) {
      if (bytes[i] == delimiter) {
        return i;
      }
    }
    return end;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static RejectedRow reject(
      String file, long row, RejectReason reason, String detail, byte[] bytes, int start, int end) {
    return new RejectedRow(file, row, reason, detail, RawText.escape(bytes, start, end, RejectedRow.MAX_RAW_TEXT_CHARS));
  }
}
