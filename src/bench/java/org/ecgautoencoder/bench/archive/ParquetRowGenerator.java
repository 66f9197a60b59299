package org.ecgautoencoder.bench.archive;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark task body: the rows of Parquet part file k, generated lazily in record order (Spark writes each
 * partition to one file). Samples are stored as float32, the precision the network reads them in.
 */
final class ParquetRowGenerator implements FlatMapFunction<Integer, Row> {
  private static final Logger LOG = LoggerFactory.getLogger(ParquetRowGenerator.class);
  static final String ID_COLUMN = "id";
  static final String BEAT_COLUMN = "beat";
  static final String SAMPLE_COLUMN_PREFIX = "s";
  static final String LABEL_COLUMN = "label";

  private final ArchiveArguments arguments;
  private final Broadcast<SourceBeats> source;

  ParquetRowGenerator(ArchiveArguments arguments, Broadcast<SourceBeats> source) {
    this.arguments = arguments;
    this.source = source;
  }

  /** [id string,] beat array<float> or s0..s{n-1} float, label double; nothing nullable. */
  static StructType schema(ArchiveArguments arguments) {
    List<StructField> fields = new ArrayList<>();
    if (arguments.withId()) {
      fields.add(DataTypes.createStructField(ID_COLUMN, DataTypes.StringType, false));
    }
    if (arguments.layout() == ParquetLayout.ARRAY) {
      fields.add(DataTypes.createStructField(
          BEAT_COLUMN, DataTypes.createArrayType(DataTypes.FloatType, false), false));
    } else {
      for (int s = 0; s < arguments.beatLength(); s++) {
        fields.add(DataTypes.createStructField(SAMPLE_COLUMN_PREFIX + s, DataTypes.FloatType, false));
      }
    }
    fields.add(DataTypes.createStructField(LABEL_COLUMN, DataTypes.DoubleType, false));
    return DataTypes.createStructType(fields);
  }

  @Override
  public Iterator<Row> call(Integer file) {
    long first = arguments.firstRecordOf(file);
    long end = arguments.firstRecordOf(file + 1);
    BeatSynthesizer synthesizer = new BeatSynthesizer(source.value(), arguments.seed(), arguments.noiseStd());
    double[] samples = new double[synthesizer.beatLength()];
    return new Iterator<>() {
      private long next = first;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      public Row next() {
        if (next >= end) {
          throw new NoSuchElementException();
        }
        long record = next++;
        Row row = toRow(record, synthesizer.synthesize(record, samples), samples, synthesizer);
        if (next == end) {
          LOG.info("Generated the rows of Parquet file {}/{}: records [{}, {})", file + 1, arguments.files(), first, end);
        }
        return row;
      }
    };
  }

  private Row toRow(long record, int sourceIndex, double[] samples, BeatSynthesizer synthesizer) {
    List<Object> values = new ArrayList<>(samples.length + 2);
    if (arguments.withId()) {
      values.add(RecordId.of(record));
    }
    if (arguments.layout() == ParquetLayout.ARRAY) {
      float[] beat = new float[samples.length];
      for (int s = 0; s < samples.length; s++) {
        beat[s] = (float) samples[s];
      }
      values.add(beat);
    } else {
      for (double sample : samples) {
        values.add((float) sample);
      }
    }
    values.add(synthesizer.label(sourceIndex));
    return RowFactory.create(values.toArray());
  }
}
