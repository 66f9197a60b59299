package org.ecgautoencoder.eval;

import org.ecgautoencoder.model.SplitSummary;

/**
 * metrics.json: the output contract later jobs and checks rely on (see README.md, "Outputs").
 *
 * @param thresholdMethod the rule that chose the threshold (threshold.method)
 * @param training spark or local
 * @param evaluatedRows "test" (the split's test rows) or "all"
 * @param scoredRows rows scored; labelledRows of them entered the metrics
 * @param recordings for recordings: beat detection against the reference annotations and the metrics per AAMI
 *     class; null for tables of beats
 */
public record MetricsReport(
    String modelId,
    double threshold,
    String thresholdMethod,
    ClassificationMetrics normalPositive,
    ClassificationMetrics anomalyPositive,
    double rocAuc,
    double prAuc,
    ConfusionMatrix confusion,
    double trainSeconds,
    int epochs,
    String training,
    SplitSummary split,
    String evaluatedRows,
    long scoredRows,
    long labelledRows,
    long rejectedRows,
    RecordingMetrics recordings) {}
