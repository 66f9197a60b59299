package org.ecgautoencoder.model;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns a model adds to its input, and the checks on the input's before any work, in the manner of
 * Spark ML's SchemaUtils: a message names the column, the type found and the type wanted.
 */
public final class ModelColumns {
  public static final String RECONSTRUCTION_ERROR = "reconstruction_error";
  public static final String THRESHOLD = "threshold";
  public static final String IS_ANOMALY = "is_anomaly";
  public static final String SEGMENT_ERRORS = "segment_errors";
  public static final String LATENT_CODE = "latent_code";
  public static final String CODE = "code";
  public static final String RECONSTRUCTION = "reconstruction";
  static final DataType FLOATS = DataTypes.createArrayType(DataTypes.FloatType, false);

  private ModelColumns() {}

  /** What each kind of transform adds. */
  enum Output {
    /** reconstruction_error, threshold, is_anomaly, and on request segment_errors and latent_code. */
    SCORES,
    /** code: each beat's code (dimensionality reduction). */
    CODE,
    /** reconstruction: each beat as the model rebuilds it, in the input's units (denoised). */
    RECONSTRUCTION
  }

  static List<StructField> added(Output output, TransformOptions options) {
    List<StructField> fields = new ArrayList<>();
    switch (output) {
      case SCORES -> {
        fields.add(DataTypes.createStructField(RECONSTRUCTION_ERROR, DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField(THRESHOLD, DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField(IS_ANOMALY, DataTypes.BooleanType, false));
        if (options.segmentErrors() > 0) {
          fields.add(DataTypes.createStructField(SEGMENT_ERRORS, FLOATS, false));
        }
        if (options.latentCode()) {
          fields.add(DataTypes.createStructField(LATENT_CODE, FLOATS, false));
        }
      }
      case CODE -> fields.add(DataTypes.createStructField(CODE, FLOATS, false));
      case RECONSTRUCTION -> fields.add(DataTypes.createStructField(RECONSTRUCTION, FLOATS, false));
    }
    return fields;
  }

  /**
   * The output schema: the input's columns, then the added ones.
   *
   * @throws IllegalArgumentException when the beat column is missing or not an array of numbers, or an added
   *     column already exists
   */
  static StructType outputSchema(StructType input, Output output, TransformOptions options) {
    requireBeatColumn(input, options.beatColumn());
    StructType result =
        options.keepsBeatColumn() ? withFloatBeat(input, options.beatColumn()) : withoutField(input, options.beatColumn());
    for (StructField field : added(output, options)) {
      if (Arrays.asList(input.fieldNames()).contains(field.name())) {
        throw new IllegalArgumentException(
            "Output column " + field.name() + " already exists in the input " + input.simpleString()
                + "; drop or rename it before scoring");
      }
      result = result.add(field);
    }
    return result;
  }

  /** The input's schema with the beat column as array&lt;float&gt; (what the transform casts any numeric array to). */
  static StructType withFloatBeat(StructType schema, String beatColumn) {
    return new StructType(
        Arrays.stream(schema.fields())
            .map(field -> field.name().equals(beatColumn)
                ? new StructField(
                    field.name(),
                    DataTypes.createArrayType(DataTypes.FloatType, ((ArrayType) field.dataType()).containsNull()),
                    field.nullable(), field.metadata())
                : field)
            .toArray(StructField[]::new));
  }

  /** What a scores table's transform gives: the input's columns and the score columns ({@link AutoencoderModel#transform}). */
  public static StructType scoresSchema(StructType input, TransformOptions options) {
    return outputSchema(input, Output.SCORES, options);
  }

  /** The beats as array&lt;float&gt;, what the task copies into its batch; any other numeric array is cast. */
  static Dataset<Row> withFloatBeats(Dataset<Row> beats, String beatColumn) {
    ArrayType type = (ArrayType) beats.schema().apply(beatColumn).dataType();
    if (type.elementType().equals(DataTypes.FloatType)) {
      return beats;
    }
    Column[] columns =
        Arrays.stream(beats.columns())
            .map(name -> name.equals(beatColumn)
                ? quoted(name).cast(DataTypes.createArrayType(DataTypes.FloatType, type.containsNull())).as(name)
                : quoted(name))
            .toArray(Column[]::new);
    return beats.select(columns);
  }

  /** A top-level column by its name, dots and all (col() would read "a.b" as a field of a). */
  private static Column quoted(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }

  private static StructType withoutField(StructType schema, String name) {
    return new StructType(
        Arrays.stream(schema.fields()).filter(field -> !field.name().equals(name)).toArray(StructField[]::new));
  }

  /** The beat column must be an array of numbers; any numeric element type is cast to float. */
  public static void requireBeatColumn(StructType schema, String column) {
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          "Column " + column + " must exist and hold each beat's samples as array<float> (or any array of numbers)"
              + " but the input's columns are " + Arrays.toString(schema.fieldNames()));
    }
    DataType type = schema.apply(column).dataType();
    if (!(type instanceof ArrayType array && array.elementType() instanceof NumericType)) {
      throw new IllegalArgumentException(
          "Column " + column + " must be of type array<float> (or any array of numbers) but was actually of type "
              + type.simpleString());
    }
  }

  /** The label column, when there is one, must be numeric (compared with the normal labels as a double). */
  public static void requireNumericColumn(StructType schema, String column, String purpose) {
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          "Column " + column + " (" + purpose + ") must exist but the input's columns are "
              + Arrays.toString(schema.fieldNames()));
    }
    DataType type = schema.apply(column).dataType();
    if (!(type instanceof NumericType)) {
      throw new IllegalArgumentException(
          "Column " + column + " (" + purpose + ") must be of a numeric type but was actually of type "
              + type.simpleString());
    }
  }
}
