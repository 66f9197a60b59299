package org.ecgautoencoder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** comparison.md: per model type, the mean and range over seeds of each test metric, best ROC AUC first. */
public final class ComparisonTable {
  private ComparisonTable() {}

  private record Column(String title, ToDoubleFunction<ComparisonEntry> value, String format) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("accuracy", e -> e.metrics().normalPositive().accuracy(), "%.4f"),
          new Column("precision (normal)", e -> e.metrics().normalPositive().precision(), "%.4f"),
          new Column("recall (normal)", e -> e.metrics().normalPositive().recall(), "%.4f"),
          new Column("F1 (anomaly)", e -> e.metrics().anomalyPositive().f1(), "%.4f"),
          new Column("ROC AUC", e -> e.metrics().rocAuc(), "%.4f"),
          new Column("PR AUC", e -> e.metrics().prAuc(), "%.4f"),
          new Column("train s", ComparisonEntry::trainSeconds, "%.1f"));

  public static String markdown(List<ComparisonEntry> entries) {
    Map<String, List<ComparisonEntry>> byType = new LinkedHashMap<>();
    entries.forEach(entry -> byType.computeIfAbsent(entry.type(), type -> new ArrayList<>()).add(entry));
    List<String> types = new ArrayList<>(byType.keySet());
    types.sort(Comparator.comparingDouble((String type) -> -stats(byType.get(type), COLUMNS.get(4)).getAverage()));

    StringBuilder table = new StringBuilder();
    table.append("| type | seeds | threshold |");
    COLUMNS.forEach(column -> table.append(' ').append(column.title()).append(" |"));
    table.append("\n|---|---|---|");
    COLUMNS.forEach(column -> table.append("---|"));
    table.append('\n');
    for (String type : types) {
      List<ComparisonEntry> runs = byType.get(type);
      table.append("| ").append(type).append(" | ").append(runs.size()).append(" | ")
          .append(runs.get(0).thresholdMethod()).append(" |");
      for (Column column : COLUMNS) {
        DoubleSummaryStatistics stats = stats(runs, column);
        table.append(' ').append(format(column, stats.getAverage()));
        if (runs.size() > 1) {
          table.append(" (").append(format(column, stats.getMin())).append('-').append(format(column, stats.getMax()))
              .append(')');
        }
        table.append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  private static DoubleSummaryStatistics stats(List<ComparisonEntry> runs, Column column) {
    return runs.stream().mapToDouble(column.value()).summaryStatistics();
  }

  private static String format(Column column, double value) {
    return String.format(Locale.ROOT, column.format(), value);
  }
}
