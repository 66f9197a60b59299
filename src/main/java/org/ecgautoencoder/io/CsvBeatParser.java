package org.ecgautoencoder.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.Serializable;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.LabelColumn;

/**
 * Parses one header-less CSV line into a beat, or into a rejected row that says which field is wrong.
 * Pure and serialisable: it runs inside Spark tasks.
 */
public final class CsvBeatParser implements Serializable {
  private final int beatLength;
  private final LabelColumn labelColumn;
  private final char delimiter;
  private final InputConfig input;

  public CsvBeatParser(InputConfig input) {
    this.input = input;
    this.beatLength = input.beatLength();
    this.labelColumn = input.labelColumn();
    this.delimiter = input.delimiterChar();
  }

  public ParsedRow parse(String sourceFile, long rowIndex, String line) {
    // Windows line ends and spaces around the row are harmless; the number parser would refuse them.
    String trimmed = line.strip();
    if (trimmed.isBlank()) {
      return reject(sourceFile, rowIndex, RejectReason.BLANK_LINE, "the line is empty", line);
    }
    int expectedFields = input.fieldsPerRow();
    int fieldCount = countFields(trimmed);
    if (fieldCount != expectedFields) {
      return reject(
          sourceFile,
          rowIndex,
          RejectReason.WRONG_FIELD_COUNT,
          "expected " + expectedFields + " fields (" + beatLength + " samples"
              + (labelColumn == LabelColumn.NONE ? "" : " + label " + labelColumn.name().toLowerCase()) + ") but found "
              + fieldCount,
          line);
    }
    float[] samples = new float[beatLength];
    double label = Double.NaN;
    int field = 0;
    int start = 0;
    int sampleIndex = 0;
    while (start <= trimmed.length()) {
      int end = trimmed.indexOf(delimiter, start);
      if (end < 0) {
        end = trimmed.length();
      }
      double value;
      try {
        value = JavaDoubleParser.parseDouble(trimmed, start, end - start);
      } catch (NumberFormatException e) {
        return reject(
            sourceFile,
            rowIndex,
            RejectReason.NOT_A_NUMBER,
            fieldName(field) + ": '" + trimmed.substring(start, end).trim() + "' is not a number",
            line);
      }
      if (!Double.isFinite(value)) {
        return reject(
            sourceFile, rowIndex, RejectReason.NOT_FINITE, fieldName(field) + ": " + value + " is not finite", line);
      }
      if (isLabelField(field)) {
        label = value;
      } else {
        float sample = (float) value;
        if (!Float.isFinite(sample)) {
          return reject(
              sourceFile, rowIndex, RejectReason.NOT_FINITE,
              fieldName(field) + ": " + value + " overflows float32, the network's precision", line);
        }
        samples[sampleIndex++] = sample;
      }
      field++;
      start = end + 1;
    }
    Double labelOrNull = labelColumn == LabelColumn.NONE ? null : label;
    boolean normal = labelOrNull != null && input.isNormalLabel(label);
    return ParsedRow.valid(new BeatRecord(sourceFile, rowIndex, samples, labelOrNull, normal));
  }

  private boolean isLabelField(int field) {
    return (labelColumn == LabelColumn.FIRST && field == 0)
        || (labelColumn == LabelColumn.LAST && field == beatLength);
  }

  /** 1-based field numbers, as a spreadsheet shows them, with the label named as such. */
  private String fieldName(int field) {
    return isLabelField(field) ? "field " + (field + 1) + " (label)" : "field " + (field + 1);
  }

  private int countFields(String line) {
    int count = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == delimiter) {
        count++;
      }
    }
    return count;
  }

  private static ParsedRow reject(String file, long row, RejectReason reason, String detail, String line) {
    return ParsedRow.rejected(new RejectedRow(file, row, reason, detail, line));
  }
}
