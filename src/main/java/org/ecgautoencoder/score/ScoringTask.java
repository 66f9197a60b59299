package org.ecgautoencoder.score;

import org.ecgautoencoder.backend.ComputeBackend;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.io.BeatSource;
import org.ecgautoencoder.io.BeatSourceFactory;

/**
 * Spark partition body of the score job: reads the partition's beats a batch at a time, scores each batch
 * in one forward pass and emits one row per beat ({@link ScoreTable#TASK_SCHEMA}). Memory per task is one
 * batch, whatever the archive size. Rejected rows are only counted here; a second pass writes them.
 */
final class ScoringTask<T> implements FlatMapFunction<Iterator<T>, Row> {
  private final BeatSourceFactory<T> sources;
  private final Broadcast<ScoringModel> model;
  private final Settings settings;
  private final ScoringCounters counters;

  /**
   * @param latentLayer the latent code's layer, or -1 for no latent_code column
   * @param ioBaseline true only for the benchmark's baseline: no network, every error 0
   */
  record Settings(
      int batchSize, int beatLength, int segments, int latentLayer, int latentWidth, Threshold threshold,
      boolean ioBaseline)
      implements Serializable {}

  ScoringTask(BeatSourceFactory<T> sources, Broadcast<ScoringModel> model, Settings settings, ScoringCounters counters) {
    this.sources = sources;
    this.model = model;
    this.settings = settings;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<T> partition) {
    ComputeBackend.logOnce("Executor");
    BeatSource source = sources.openInTask(partition);
    BatchErrors errors =
        settings.ioBaseline()
            ? new NoModelBaseline(settings.segments(), settings.latentLayer() >= 0 ? settings.latentWidth() : 0)
            : ForwardPassCache.forThisThread(
                model.value(), settings.batchSize(), settings.segments(), settings.latentLayer());
    BeatBatch batch = new BeatBatch(settings.batchSize(), settings.beatLength());
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();
      private boolean more = true;
      private long unitsReported;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && more) {
          batch.clear();
          long[] rejected = {0};
          more = source.fill(batch, reject -> rejected[0]++);
          if (!more) {
            source.close();
          }
          counters.rejected().add(rejected[0]);
          if (batch.isEmpty()) {
            current = Collections.emptyIterator();
          } else {
            ScoredBatch scored = errors.score(batch);
            offerWorst(batch, scored, errors);
            current = rows(batch, scored);
          }
          counters.records().add(batch.size());
          long units = source.progressUnits();
          counters.progressUnits().add(units - unitsReported);
          unitsReported = units;
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Offers the batch's beats above the worst-beats floor to the report's accumulator. */
  private void offerWorst(BeatBatch batch, ScoredBatch scored, BatchErrors errors) {
    if (!(errors instanceof NetworkForwardPass forwardPass)) {
      return; // the I/O baseline has no reconstructions
    }
    double[] errorsOfRows = scored.meanAbsoluteErrors();
    for (int r = 0; r < batch.size(); r++) {
      if (errorsOfRows[r] > counters.worstBeats().floor()) {
        float[][] beat = forwardPass.beatAndReconstruction(r, batch.beatLength());
        counters.worstBeats().add(new WorstBeats.Beat(batch.recordId(r), errorsOfRows[r], beat[0], beat[1]));
      }
    }
  }

  private Iterator<Row> rows(BeatBatch batch, ScoredBatch scored) {
    Threshold threshold = settings.threshold();
    int extras = (scored.segmentErrors() != null ? 1 : 0) + (scored.latentCodes() != null ? 1 : 0);
    List<Row> rows = new ArrayList<>(batch.size());
    for (int r = 0; r < batch.size(); r++) {
      double error = scored.meanAbsoluteErrors()[r];
      Object[] values = new Object[6 + extras];
      values[0] = batch.id(r);
      values[1] = batch.sourceFile(r);
      values[2] = batch.rowIndex(r);
      values[3] = batch.label(r);
      values[4] = error;
      values[5] = threshold.isAnomaly(error);
      int next = 6;
      if (scored.segmentErrors() != null) {
        values[next++] = slice(scored.segmentErrors(), r, scored.segments());
      }
      if (scored.latentCodes() != null) {
        values[next] = slice(scored.latentCodes(), r, scored.latentWidth());
      }
      rows.add(RowFactory.create(values));
    }
    return rows.iterator();
  }

  private static float[] slice(float[] rowMajor, int row, int width) {
    float[] values = new float[width];
    System.arraycopy(rowMajor, row * width, values, 0, width);
    return values;
  }
}
