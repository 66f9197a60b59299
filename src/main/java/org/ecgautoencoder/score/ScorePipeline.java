package org.ecgautoencoder.score;

import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.ScoreConfig;
import org.ecgautoencoder.inference.WorstBeats;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.model.TransformOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score job as a recipe: open the archive and check it against the model -> the model's transform of every
 * row, in batches -> the one scores-table writer (staged partition, rejects, counts, reject limit, commit).
 */
public final class ScorePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(ScorePipeline.class);
  /** Beats kept for the scoring report. */
  static final int WORST_BEATS = 6;

  private final SparkSession spark;
  private final EcgConfig config;

  public ScorePipeline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * What a score run committed, and the beats with the largest errors for its report.
   *
   * @param worstBeats with their reconstructions; empty when score.report is off
   */
  public record ScoreResult(ScoreManifest manifest, java.util.List<WorstBeats.Beat> worstBeats) {}

  /**
   * @param modelPath where the model was loaded from, for the manifest
   * @param outputRoot the table's root: any Hadoop path
   */
  public ScoreResult run(AutoencoderModel model, String modelPath, String outputRoot) {
    ScoreConfig score = config.score();
    ScoreRun run = ScoreRun.start(ScoreManifest.Model.of(model, modelPath), score);
    InputConfig input = model.inputSettings(config.input());
    BeatArchive archive = ArchiveReader.open(spark, input, "model " + model.id());
    LOG.info(
        "Score run {}: model {} (threshold {}) over {} {} file(s) -> {} partition {}={}", run.runId(), model.id(),
        model.threshold().value(), archive.files().size(), archive.format(), outputRoot, run.partition().column(),
        run.partition().value());
    WorstBeats worst = null;
    TransformOptions options = transformOptions(score);
    if (score.report()) {
      worst = new WorstBeats(WORST_BEATS);
      spark.sparkContext().register(worst, "score." + run.runId() + ".worst-beats");
      options = options.withWorstBeats(worst);
    }
    ScoreManifest manifest =
        new ScoreTableWriter(spark, score, input).write(model.transform(archive.beats(), options), archive, run, outputRoot);
    return new ScoreResult(manifest, worst == null ? java.util.List.of() : worst.value());
  }

  /**
   * score.batch-size, score.segment-errors and score.latent-code as the model's transform takes them; the beat
   * itself is left out, as the scores table keeps no samples.
   */
  public static TransformOptions transformOptions(ScoreConfig score) {
    TransformOptions options =
        TransformOptions.defaults().withBatchSize(score.batchSize()).withSegmentErrors(score.segmentErrors())
            .withoutBeatColumn();
    return score.latentCode() ? options.withLatentCode() : options;
  }
}
