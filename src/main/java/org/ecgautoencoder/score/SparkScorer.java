package org.ecgautoencoder.score;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.ecgautoencoder.io.BeatRecord;

/** Scores beats where they live: the model is broadcast once, each partition scores in large batches. */
public final class SparkScorer {
  private SparkScorer() {}

  public static JavaRDD<RecordScore> score(
      JavaSparkContext sc, JavaRDD<BeatRecord> beats, ScoringModel model, int batchSize) {
    return beats.mapPartitions(new BatchScorer(sc.broadcast(model), batchSize));
  }

  /** The rows' reconstruction errors (MAE), collected to the driver: 8 bytes per row. */
  public static double[] errors(JavaSparkContext sc, JavaRDD<BeatRecord> beats, ScoringModel model, int batchSize) {
    return score(sc, beats, model, batchSize).map(RecordScore::reconstructionErrorMae).collect()
        .stream().mapToDouble(Double::doubleValue).toArray();
  }
}
