package org.ecgautoencoder.data;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.io.BeatRecord;
import scala.Tuple2;

/**
 * The valid beats of an archive divided by {@link TrainTestSplit}: row ordinals follow the reader's
 * (file, line) order, so the same archive always splits the same way.
 */
public record SplitBeats(JavaRDD<BeatRecord> train, JavaRDD<BeatRecord> test, TrainTestSplit split) {

  public static SplitBeats of(JavaSparkContext sc, JavaRDD<BeatRecord> beats, long validCount, SplitConfig config) {
    TrainTestSplit split = TrainTestSplit.of(validCount, config);
    Broadcast<TrainTestSplit> shared = sc.broadcast(split);
    JavaRDD<Tuple2<BeatRecord, Long>> numbered = beats.zipWithIndex().rdd().toJavaRDD();
    JavaRDD<BeatRecord> train = numbered.filter(pair -> shared.value().isTrain(pair._2())).map(Tuple2::_1);
    JavaRDD<BeatRecord> test = numbered.filter(pair -> shared.value().isTest(pair._2())).map(Tuple2::_1);
    return new SplitBeats(train, test, split);
  }

  /** The training rows the model is fitted on: all of them but those held out for the threshold rule. */
  public JavaRDD<BeatRecord> fitRows(ValidationHoldout holdout) {
    return train.filter(beat -> !holdout.isHeldOut(beat));
  }

  /** The normal rows among {@link #fitRows}: what the autoencoder learns from (normal rows only, as in the tutorial). */
  public JavaRDD<BeatRecord> normalFitRows(ValidationHoldout holdout) {
    return fitRows(holdout).filter(BeatRecord::normal);
  }

  /** The training rows held out of training to fit the threshold rule on. */
  public JavaRDD<BeatRecord> heldOut(ValidationHoldout holdout) {
    return train.filter(holdout::isHeldOut);
  }
}
