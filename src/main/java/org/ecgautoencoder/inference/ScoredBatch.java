package org.ecgautoencoder.inference;

/**
 * The errors of a {@link org.ecgautoencoder.io.BeatBatch}, row for row.
 *
 * @param meanAbsoluteErrors one per row
 * @param segmentErrors row-major rows x K, or null when not asked for
 * @param segments K
 * @param latentCodes row-major rows x code width, or null when not asked for
 * @param latentWidth the code width
 */
public record ScoredBatch(double[] meanAbsoluteErrors, float[] segmentErrors, int segments, float[] latentCodes, int latentWidth) {}
