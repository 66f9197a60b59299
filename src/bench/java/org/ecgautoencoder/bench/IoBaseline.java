package org.ecgautoencoder.bench;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.StructType;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.io.ArchiveReader;
import org.ecgautoencoder.io.BeatArchive;
import org.ecgautoencoder.io.BeatColumns;
import org.ecgautoencoder.model.KeptColumns;
import org.ecgautoencoder.model.ModelColumns;
import org.ecgautoencoder.model.TransformOptions;
import org.ecgautoencoder.score.ScoreManifest;
import org.ecgautoencoder.score.ScoreRun;
import org.ecgautoencoder.score.ScoreTableWriter;

/**
 * The scoring benchmark's I/O baseline: the score job's reading, parsing and writing (the same reader, the
 * same scores-table writer and commit), with the model's transform replaced by a stand-in that handles the
 * rows as it does (a batch of row copies, the beat read, the score columns joined on) without normaliser or
 * network. So that the written columns compress like real ones (constant zeros would make the baseline's
 * Parquet writing unrealistically cheap), the stand-in "error" is a full-precision double made from the beat's
 * first and last samples. The ratio of the two throughputs is what the model costs. Never real scores.
 */
final class IoBaseline {
  static final double STAND_IN_THRESHOLD = 0.5;

  private final SparkSession spark;
  private final EcgConfig config;

  IoBaseline(SparkSession spark, EcgConfig config) {
    this.spark = spark;
    this.config = config;
  }

  ScoreManifest run(int beatLength, String outputRoot) {
    ScoreRun run =
        ScoreRun.start(new ScoreManifest.Model("io-baseline", "none", STAND_IN_THRESHOLD), config.score());
    BeatArchive archive = ArchiveReader.open(spark, config.input().withBeatLength(beatLength), "the benchmark's model");
    Dataset<Row> beats = archive.beats();
    // The schema and row copies of the score job's transform, as TransformOptions.withoutBeatColumn gives them.
    StructType schema = ModelColumns.scoresSchema(beats.schema(), TransformOptions.defaults().withoutBeatColumn());
    int beatOrdinal = java.util.Arrays.asList(beats.columns()).indexOf(BeatColumns.BEAT);
    KeptColumns kept = new KeptColumns(beats.schema(), beatOrdinal, false);
    JavaRDD<InternalRow> rows =
        beats.queryExecution().toRdd().toJavaRDD()
            .mapPartitions(new StandIn(kept, beatOrdinal, config.score().batchSize()));
    Dataset<Row> scored = spark.internalCreateDataFrame(rows.rdd(), schema, false);
    return new ScoreTableWriter(spark, config.score(), config.input()).write(scored, archive, run, outputRoot);
  }

  /**
   * Batches copies of the rows without their beats as the model's transform does for a scores table, and joins
   * stand-in score columns on.
   */
  private record StandIn(KeptColumns kept, int beatOrdinal, int batchRows)
      implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
    @Override
    public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
      java.util.function.UnaryOperator<InternalRow> copy = kept.copier();
      InternalRow[] held = new InternalRow[batchRows];
      double[] errors = new double[batchRows];
      return new Iterator<>() {
        private int size;
        private int next;

        @Override
        public boolean hasNext() {
          while (next == size && rows.hasNext()) {
            size = 0;
            next = 0;
            while (size < batchRows && rows.hasNext()) {
              InternalRow row = rows.next();
              ArrayData beat = row.getArray(beatOrdinal);
              // Two samples in double: a value with a full 64-bit mantissa, like a real error, for one add per row.
              errors[size] = Math.abs((double) beat.getFloat(0) + beat.getFloat(beat.numElements() - 1) / 3.0);
              held[size++] = copy.apply(row);
            }
          }
          return next < size;
        }

        @Override
        public InternalRow next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int row = next++;
          double error = errors[row];
          return new JoinedRow(
              held[row], new GenericInternalRow(new Object[] {error, STAND_IN_THRESHOLD, !(error < STAND_IN_THRESHOLD)}));
        }
      };
    }
  }
}
