package org.ecgautoencoder.bench.archive;

import java.nio.charset.StandardCharsets;

/**
 * One synthetic record as a CSV line in ecg.csv's shape: [id,] the samples with 8 significant digits, the
 * label last as Java prints a double ({@code 1.0}, {@code 0.0}, as in ecg.csv), '\n'. Reuses one line buffer.
 */
final class CsvLineEncoder {
  private static final byte DELIMITER = ',';
  private static final byte LINE_END = '\n';

  private final boolean withId;
  private final byte[][] labelTexts;
  private final byte[] line;

  /**
   * @param sourceLabels the label of each source beat, encoded once rather than once per record
   */
  CsvLineEncoder(boolean withId, int beatLength, double[] sourceLabels) {
    this.withId = withId;
    this.labelTexts = new byte[sourceLabels.length][];
    int longestLabel = 0;
    for (int i = 0; i < sourceLabels.length; i++) {
      labelTexts[i] = labelText(sourceLabels[i]).getBytes(StandardCharsets.US_ASCII);
      longestLabel = Math.max(longestLabel, labelTexts[i].length);
    }
    this.line = new byte[RecordId.LENGTH + 1 + beatLength * (SignificantDigitsFormatter.MAX_LENGTH + 1) + longestLabel + 1];
  }

  /** The label as a CSV line and _archive.json's label_counts print it. */
  static String labelText(double label) {
    return Double.toString(label);
  }

  /** Encodes the record into the shared buffer ({@link #buffer()}) and returns its length in bytes. */
  int encode(long recordIndex, double[] samples, int sourceIndex) {
    int at = 0;
    if (withId) {
      at = RecordId.append(recordIndex, line, at);
      line[at++] = DELIMITER;
    }
    for (double sample : samples) {
      at = SignificantDigitsFormatter.append(sample, line, at);
      line[at++] = DELIMITER;
    }
    byte[] label = labelTexts[sourceIndex];
    System.arraycopy(label, 0, line, at, label.length);
    at += label.length;
    line[at++] = LINE_END;
    return at;
  }

  byte[] buffer() {
    return line;
  }
}
