package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * How beat archives are read: CSV rows without a header, {@code beatLength} samples plus an optional label.
 *
 * @param normalLabels label values meaning "normal"; every other label is an anomaly
 * @param maxRejectedFraction the job fails when rejected rows / all rows exceeds this
 */
public record InputConfig(
    List<String> paths,
    int beatLength,
    LabelColumn labelColumn,
    Set<Double> normalLabels,
    String delimiter,
    double maxRejectedFraction,
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
  }

  public char delimiterChar() {
    return delimiter.charAt(0);
  }

  public int fieldsPerRow() {
    return labelColumn == LabelColumn.NONE ? beatLength : beatLength + 1;
  }

  public boolean isNormalLabel(double label) {
    return normalLabels.contains(label);
  }
}
