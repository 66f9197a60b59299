package org.ecgautoencoder.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import org.ecgautoencoder.config.InputConfig;
import org.ecgautoencoder.config.ParquetInputConfig;
import org.ecgautoencoder.config.ParquetLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parquet archives through Spark's own (vectorised, splittable) reader. The beat columns are projected and
 * cast to float in Spark, and each row keeps its file and row index from Spark's {@code _metadata} column,
 * so record ids are stable across reruns. The schema and the first beat's width are checked before any work.
 */
public final class ParquetArchiveInput {
  private static final Logger LOG = LoggerFactory.getLogger(ParquetArchiveInput.class);

  private ParquetArchiveInput() {}

  /**
   * @throws UnreadableInputException when a file is not Parquet or its footer is corrupt: Spark reads every
   *     footer here (the schema, the first beat, the row count), and names the file in its innermost cause
   */
  public static ArchiveInput<InternalRow> open(
      SparkSession spark, InputConfig input, List<String> files, String expectedBy) {
    try {
      return openReadable(spark, input, files, expectedBy);
    } catch (Exception e) { // Spark's SparkException is checked, thrown by Scala undeclared
      throw unreadableFile(e).orElseThrow(() -> e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
    }
  }

  private static Optional<UnreadableInputException> unreadableFile(Exception failure) {
    Throwable innermost = failure;
    boolean footer = false;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      footer |= String.valueOf(t.getMessage()).contains("CANNOT_READ_FILE_FOOTER")
          || String.valueOf(t.getMessage()).contains("is not a Parquet file");
      innermost = t;
    }
    return footer
        ? Optional.of(new UnreadableInputException("Unreadable Parquet input: " + innermost.getMessage(), failure))
        : Optional.empty();
  }

  private static ArchiveInput<InternalRow> openReadable(
      SparkSession spark, InputConfig input, List<String> files, String expectedBy) {
    ParquetInputConfig parquet = input.parquet();
    Dataset<Row> archive = spark.read().parquet(files.toArray(String[]::new));
    StructType schema = archive.schema();
    int width = input.beatLength();
    List<Column> columns = new ArrayList<>();
    if (parquet.layout() == ParquetLayout.ARRAY) {
      requireArrayColumn(schema, parquet.beatColumn(), files);
      columns.add(col(parquet.beatColumn()).cast(DataTypes.createArrayType(DataTypes.FloatType)));
      checkFirstArrayWidth(archive, parquet.beatColumn(), width, expectedBy);
    } else {
      checkSampleColumns(schema, parquet, width, files, expectedBy);
      for (int i = 0; i < width; i++) {
        columns.add(col(parquet.sampleColumn(i)).cast(DataTypes.FloatType));
      }
    }
    int labelOrdinal = -1;
    if (parquet.hasLabel() && hasField(schema, parquet.labelColumn())) {
      labelOrdinal = columns.size();
      columns.add(col(parquet.labelColumn()).cast(DataTypes.DoubleType));
    } else if (parquet.hasLabel()) {
      LOG.info("No label column '{}' in the archive: label will be null", parquet.labelColumn());
    }
    int idOrdinal = -1;
    if (parquet.hasId()) {
      if (!hasField(schema, parquet.idColumn())) {
        throw new IllegalArgumentException(
            "input.parquet.id-column = " + parquet.idColumn() + " but " + files.get(0) + " has no such column; columns: "
                + Arrays.toString(schema.fieldNames()));
      }
      idOrdinal = columns.size();
      columns.add(col(parquet.idColumn()).cast(DataTypes.StringType));
    }
    int fileOrdinal = columns.size();
    columns.add(col("_metadata.file_path"));
    columns.add(col("_metadata.row_index"));
    ParquetRowLayout layout =
        new ParquetRowLayout(
            parquet.layout(), width, labelOrdinal, idOrdinal, fileOrdinal, fileOrdinal + 1, parquet.beatColumn(),
            parquet.sampleColumnPrefix());
    long rows = archive.count(); // answered from the footers
    Dataset<Row> projected = archive.select(columns.toArray(Column[]::new));
    JavaRDD<InternalRow> internalRows = projected.queryExecution().toRdd().toJavaRDD();
    LOG.info(
        "Parquet input: {} file(s), {} rows in {} partitions, layout {}", files.size(), rows,
        internalRows.getNumPartitions(), parquet.layout().name().toLowerCase());
    long bytes = HadoopPaths.totalLength(files, spark.sparkContext().hadoopConfiguration());
    return new ArchiveInput<>("parquet", files, bytes, internalRows, new Sources(layout), rows, "rows");
  }

  private static void requireArrayColumn(StructType schema, String column, List<String> files) {
    DataType type = hasField(schema, column) ? schema.apply(column).dataType() : null;
    if (!(type instanceof ArrayType array && array.elementType() instanceof NumericType)) {
      throw new IllegalArgumentException(
          "input.parquet.layout = array needs an array<float|double> column '" + column + "' but " + files.get(0)
              + " has " + (type == null ? "no such column" : "it as " + type.simpleString()) + "; columns: "
              + Arrays.toString(schema.fieldNames()) + " (set input.parquet.beat-column, or layout = columns)");
    }
  }

  private static void checkFirstArrayWidth(Dataset<Row> archive, String column, int width, String expectedBy) {
    List<Row> first =
        archive.where(col(column).isNotNull()).select(size(col(column)), col("_metadata.file_path")).limit(1).collectAsList();
    if (!first.isEmpty() && first.get(0).getInt(0) != width) {
      throw new IllegalArgumentException(
          "Input width mismatch: " + first.get(0).getString(1) + " has beats of " + first.get(0).getInt(0)
              + " samples in column " + column + " but " + expectedBy + " expects " + width);
    }
  }

  private static void checkSampleColumns(
      StructType schema, ParquetInputConfig parquet, int width, List<String> files, String expectedBy) {
    int found = 0;
    while (hasField(schema, parquet.sampleColumn(found))) {
      DataType type = schema.apply(parquet.sampleColumn(found)).dataType();
      if (!(type instanceof NumericType)) {
        throw new IllegalArgumentException(
            files.get(0) + ": sample column " + parquet.sampleColumn(found) + " is " + type.simpleString()
                + ", not a number");
      }
      found++;
    }
    if (found != width) {
      throw new IllegalArgumentException(
          "Input width mismatch: " + files.get(0) + " has " + found + " sample columns (" + parquet.sampleColumn(0)
              + ", " + parquet.sampleColumn(1) + ", ...) but " + expectedBy + " expects " + width
              + "; columns: " + Arrays.toString(schema.fieldNames()));
    }
  }

  private static boolean hasField(StructType schema, String name) {
    return Arrays.asList(schema.fieldNames()).contains(name);
  }

  private record Sources(ParquetRowLayout layout) implements BeatSourceFactory<InternalRow> {
    @Override
    public BeatSource open(Iterator<InternalRow> partition) {
      return new ParquetRowsSource(partition, layout);
    }
  }
}
