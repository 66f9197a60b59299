package org.ecgautoencoder.report;

import org.ecgautoencoder.eval.MetricsReport;

/**
 * One trained and evaluated model of a comparison: comparison.json holds one per type and seed.
 *
 * @param thresholdMethod the rule that chose the threshold (never fitted on the test rows)
 * @param metrics the run's metrics.json
 */
public record ComparisonEntry(String type, long seed, String thresholdMethod, double trainSeconds, MetricsReport metrics) {}
