package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * How beat archives are read: CSV rows without a header, {@code beatLength} samples plus an optional label.
 *
 * @param normalLabels label values meaning "normal"; every other label is an anomaly
 * @param maxRejectedFraction the job fails when rejected rows / all rows exceeds this
 * @param idField CSV only: whether each row starts with a record id field
 * @param csvSplitBytes uncompressed CSV files larger than this are read by several tasks; 0 = one per file
 * @param recording how recordings (WFDB, EDF) become beats; unused for tables of beats
 */
public record InputConfig(
    List<String> paths,
    int beatLength,
    LabelColumn labelColumn,
    Set<Double> normalLabels,
    String delimiter,
    double maxRejectedFraction,
    InputFormat format,
    CsvIdField idField,
    long csvSplitBytes,
    ParquetInputConfig parquet,
    RecordingConfig recording,
    DownloadConfig download)
    implements Serializable {

  public InputConfig {
    paths = List.copyOf(paths);
    normalLabels = Set.copyOf(normalLabels);
    ConfigChecks.check(!paths.isEmpty(), "input.paths", paths, "at least one path");
    ConfigChecks.atLeast(beatLength, 2, "input.beat-length");
    ConfigChecks.check(
        labelColumn == LabelColumn.NONE || !normalLabels.isEmpty(),
        "input.normal-labels", normalLabels, "at least one label value when input.label-column is not none");
    ConfigChecks.check(delimiter.length() == 1, "input.delimiter", "\"" + delimiter + "\"", "a single character");
    ConfigChecks.fraction(maxRejectedFraction, "input.max-rejected-fraction");
    ConfigChecks.check(
        csvSplitBytes == 0 || csvSplitBytes >= 1 << 20, "input.csv-split-size", csvSplitBytes,
        "0 (one task per file) or at least 1M");
  }

  /** The same input read as beats of {@code width} samples: a model's input width wins over input.beat-length. */
  public InputConfig withBeatLength(int width) {
    return new InputConfig(
        paths, width, labelColumn, normalLabels, delimiter, maxRejectedFraction, format, idField, csvSplitBytes, parquet,
        recording, download);
  }

  /**
   * This input as a model reads it: beats {@code width} wide and, for recordings, cut as the model's were
   * ({@code trained}: input.recording.* from its bundle), except where this run's reference annotations are and
   * how close a detection must be to match one.
   */
  public InputConfig readBy(int width, RecordingConfig trained) {
    return withBeatLength(width)
        .withRecording(trained.withReferences(recording.annotationExtension(), recording.matchToleranceSeconds()));
  }

  private InputConfig withRecording(RecordingConfig modelRecording) {
    return new InputConfig(
        paths, beatLength, labelColumn, normalLabels, delimiter, maxRejectedFraction, format, idField, csvSplitBytes,
        parquet, modelRecording, download);
  }

  public char delimiterChar() {
    return delimiter.charAt(0);
  }

  /** CSV fields per row: the optional id, the samples and the optional label. */
  public int fieldsPerRow() {
    return (idField == CsvIdField.FIRST ? 1 : 0) + beatLength + (labelColumn == LabelColumn.NONE ? 0 : 1);
  }

  /** What a CSV row holds, for messages: "1 id + 140 samples + label last". */
  public String csvRowLayout() {
    return (idField == CsvIdField.FIRST ? "id + " : "") + beatLength + " samples"
        + (labelColumn == LabelColumn.NONE ? "" : " + label " + ConfigChecks.dashedName(labelColumn));
  }

  public boolean isNormalLabel(double label) {
    return normalLabels.contains(label);
  }
}
