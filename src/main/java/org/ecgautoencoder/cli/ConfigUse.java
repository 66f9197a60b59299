package org.ecgautoencoder.cli;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which configuration keys each job reads. A key the job does not read is never silently ignored: given with
 * --set it stops the job (exit 2), set in a --config file (which several jobs may share) it is named in a warning.
 * Entries ending in '.' are whole sections.
 */
public enum ConfigUse {
  TRAIN(union(reading(true), List.of("split.", "normalisation.", "model.", "train.", "threshold.", "evaluate.batch-size"))),
  EVALUATE(union(reading(false), List.of("evaluate.", "score.partition-column", "score.partition-value",
      "score.segment-errors", "score.latent-code", "score.progress-interval-seconds"))),
  SCORE(union(reading(false), List.of("score."))),
  /** encode and denoise */
  TRANSFORM(union(reading(false), List.of("evaluate.batch-size"))),
  SAMPLE(Set.of("runtime.")),
  INTERPOLATE(reading(false)),
  COMPARE_MODELS(union(TRAIN.keys, EVALUATE.keys)),
  /** the benchmark tools: make-archive, bench-score */
  BENCHMARK(union(reading(true), List.of("score.")));

  final Set<String> keys;

  ConfigUse(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /**
   * The input keys every reading job uses; the jobs that score take the beat's width and how recordings are cut
   * into beats from the model, and only where their reference annotations are and how close they must match.
   */
  private static Set<String> reading(boolean beatLength) {
    Set<String> keys =
        new HashSet<>(
            List.of(
                "input.paths", "input.label-column", "input.normal-labels", "input.delimiter",
                "input.max-rejected-fraction", "input.format", "input.id-field", "input.csv-split-size",
                "input.parquet.", "input.recording.annotation-extension",
                "input.recording.match-tolerance-seconds", "runtime."));
    if (beatLength) {
      keys.add("input.beat-length");
      keys.add("input.recording.");
    }
    return keys;
  }

  private static Set<String> union(Set<String> base, Collection<String> more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(more);
    return all;
  }
}
