package org.ecgautoencoder.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.ecgautoencoder.config.ModelType;
import org.ecgautoencoder.model.AutoencoderModel;
import org.ecgautoencoder.network.VariationalOutputLayer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What only the variational type can do, because its code space is a distribution the decoder has learned
 * to cover: new beats decoded from codes drawn from N(0, I), and beats decoded along the straight line
 * between two beats' code means. Output beats are in the input's units.
 */
public final class VariationalGenerator {
  public static final StructType SAMPLE_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("sample_index", DataTypes.LongType, false),
            DataTypes.createStructField("code", DataTypes.createArrayType(DataTypes.FloatType, false), false),
            DataTypes.createStructField("beat", DataTypes.createArrayType(DataTypes.FloatType, false), false)
          });
  public static final StructType INTERPOLATION_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("step", DataTypes.IntegerType, false),
            DataTypes.createStructField("t", DataTypes.DoubleType, false),
            DataTypes.createStructField("from_record_id", DataTypes.StringType, false),
            DataTypes.createStructField("to_record_id", DataTypes.StringType, false),
            DataTypes.createStructField("code", DataTypes.createArrayType(DataTypes.FloatType, false), false),
            DataTypes.createStructField("beat", DataTypes.createArrayType(DataTypes.FloatType, false), false)
          });

  private final Normaliser normaliser;
  private final VariationalOutputLayer layer;
  private final Layer runtimeLayer;

  public VariationalGenerator(MultiLayerNetwork network, Normaliser normaliser) {
    this.normaliser = normaliser;
    this.runtimeLayer = network.getLayer(network.getnLayers() - 1);
    if (!(runtimeLayer.conf().getLayer() instanceof VariationalOutputLayer variational)) {
      throw new IllegalArgumentException("sampling and interpolation need a variational model");
    }
    this.layer = variational;
  }

  /** Fails before any work, naming the model and its type, unless it is variational. */
  public static void requireVariational(AutoencoderModel model) {
    if (model.type() != ModelType.VARIATIONAL) {
      throw new IllegalArgumentException(
          "Model " + model.id() + " is of type " + model.type().name().toLowerCase()
              + "; sampling and interpolation need a variational model (model.type = variational)");
    }
  }

  /** Rows {@code first .. first + count - 1}; sample i's code comes from a generator seeded with (seed, i). */
  public List<Row> samples(long first, int count, long seed) {
    int latent = layer.latentSize();
    float[] codes = new float[count * latent];
    for (int i = 0; i < count; i++) {
      Random random = new Random(seed * 1_000_003L + first + i);
      for (int j = 0; j < latent; j++) {
        codes[i * latent + j] = (float) random.nextGaussian();
      }
    }
    INDArray code = Nd4j.create(codes, new long[] {count, latent}, 'c');
    INDArray beats = layer.decode(code, runtimeLayer.paramTable());
    List<Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(RowFactory.create(first + i, boxedRow(code, i), boxed(raw(beats, i))));
    }
    return rows;
  }

  /** {@code steps} beats (at least 2) from {@code from}'s code mean to {@code to}'s, both ends included. */
  public List<Row> interpolate(BeatRecord from, BeatRecord to, int steps) {
    if (steps < 2) {
      throw new IllegalArgumentException("--steps must be at least 2 (both ends) but was " + steps);
    }
    INDArray ends = layer.code(BatchBuilder.features(List.of(from, to), normaliser), runtimeLayer.paramTable());
    INDArray start = ends.getRow(0);
    INDArray end = ends.getRow(1);
    INDArray codes = Nd4j.create(DataType.FLOAT, steps, ends.size(1));
    for (int step = 0; step < steps; step++) {
      double t = (double) step / (steps - 1);
      codes.putRow(step, start.mul(1 - t).addi(end.mul(t)));
    }
    INDArray beats = layer.decode(codes, runtimeLayer.paramTable());
    List<Row> rows = new ArrayList<>(steps);
    for (int step = 0; step < steps; step++) {
      rows.add(
          RowFactory.create(
              step, (double) step / (steps - 1), from.recordId(), to.recordId(), boxedRow(codes, step),
              boxed(raw(beats, step))));
    }
    return rows;
  }

  private float[] raw(INDArray normalisedBeats, int row) {
    return normaliser.invert(normalisedBeats.getRow(row).toFloatVector());
  }

  private static Float[] boxed(float[] values) {
    Float[] boxed = new Float[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static Float[] boxedRow(INDArray matrix, int row) {
    return boxed(matrix.getRow(row).toFloatVector());
  }
}
