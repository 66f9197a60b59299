package org.ecgautoencoder.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.ecgautoencoder.config.SplitConfig;
import org.ecgautoencoder.config.SplitMethod;
import org.ecgautoencoder.io.BeatColumns;
import scala.Tuple2;

/**
 * An archive's rows divided by {@link TrainTestSplit}. Row ordinals follow (source_file, row_index): files by
 * path, rows in file order, whatever the format or how Spark split and ordered the files (Parquet partitions come
 * largest file first), so the same rows always split the same way, a CSV archive and its Parquet copy alike.
 *
 * <p>Train and test number the rows again each time they are read, two cheap passes over {@code beats}: cache
 * {@code beats} when they are read more than once (the pipelines do), and the split caches nothing of its own.
 *
 * <p>No row moves: every partition holds runs of consecutive rows of one file ("segments"); a first pass counts
 * them, the driver orders the segments by file and first row and gives each its first ordinal, and a second pass
 * numbers the rows in place. A global sort would do the same at the cost of a shuffle, and its range partitions,
 * sampled with a seed Spark takes from the RDD's id, would cut the rows into other batches from run to run.
 */
/**
 * @param testRecords split.method = by-record: the test records' record_id values (those that gave no row
 *     included); null for a split by rows
 */
public record SplitRows(Dataset<Row> train, Dataset<Row> test, long trainCount, long testCount, List<String> testRecords) {

  /** @param beats rows of {@link BeatColumns} as the reader gives them; {@code rowCount} of them */
  public static SplitRows of(Dataset<Row> beats, long rowCount, SplitConfig config) {
    return config.method() == SplitMethod.BY_RECORD ? RecordSplit.of(beats, config) : byRow(beats, rowCount, config);
  }

  private static SplitRows byRow(Dataset<Row> beats, long rowCount, SplitConfig config) {
    TrainTestSplit split = TrainTestSplit.of(rowCount, config);
    SparkSession spark = beats.sparkSession();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> columns = Arrays.asList(beats.columns());
    int file = columns.indexOf(BeatColumns.SOURCE_FILE);
    int row = columns.indexOf(BeatColumns.ROW_INDEX);
    JavaRDD<InternalRow> rows = beats.queryExecution().toRdd().toJavaRDD();
    List<Segment> segments = rows.mapPartitionsWithIndex(new Segments(file, row), false).collect();
    Broadcast<Map<Long, Long>> firstOrdinals = sc.broadcast(firstOrdinals(segments, rowCount));
    Broadcast<TrainTestSplit> shared = sc.broadcast(split);
    JavaPairRDD<InternalRow, Long> numbered =
        rows.mapPartitionsWithIndex(new Numbering(file, firstOrdinals), false).mapToPair(pair -> pair);
    Dataset<Row> train =
        spark.internalCreateDataFrame(
            numbered.filter(pair -> shared.value().isTrain(pair._2())).map(Tuple2::_1).rdd(), beats.schema(), false);
    Dataset<Row> test =
        spark.internalCreateDataFrame(
            numbered.filter(pair -> shared.value().isTest(pair._2())).map(Tuple2::_1).rdd(), beats.schema(), false);
    return new SplitRows(train, test, split.trainCount(), split.testCount(), null);
  }

  /**
   * A run of consecutive rows of one file in one partition.
   *
   * @param key the partition and the run's position in it, packed ({@link #key(int, int)})
   */
  record Segment(long key, String file, long firstRow, long rows) implements Serializable {}

  private static long key(int partition, int segment) {
    return ((long) partition << 32) | segment;
  }

  private static Map<Long, Long> firstOrdinals(List<Segment> segments, long rowCount) {
    List<Segment> ordered = new ArrayList<>(segments);
    ordered.sort(Comparator.comparing(Segment::file).thenComparingLong(Segment::firstRow));
    Map<Long, Long> first = new HashMap<>();
    long next = 0;
    for (Segment segment : ordered) {
      first.put(segment.key(), next);
      next += segment.rows();
    }
    if (next != rowCount) {
      throw new IllegalStateException("the split counted " + rowCount + " rows but the archive's segments hold " + next);
    }
    return first;
  }

  /** First pass: each partition's segments. */
  private record Segments(int fileOrdinal, int rowOrdinal)
      implements Function2<Integer, Iterator<InternalRow>, Iterator<Segment>> {
    @Override
    public Iterator<Segment> call(Integer partition, Iterator<InternalRow> rows) {
      List<Segment> segments = new ArrayList<>();
      String file = null;
      long firstRow = 0;
      long count = 0;
      while (rows.hasNext()) {
        InternalRow row = rows.next();
        String rowFile = row.getUTF8String(fileOrdinal).toString();
        if (!rowFile.equals(file)) {
          if (file != null) {
            segments.add(new Segment(key(partition, segments.size()), file, firstRow, count));
          }
          file = rowFile;
          firstRow = row.getLong(rowOrdinal);
          count = 0;
        }
        count++;
      }
      if (file != null) {
        segments.add(new Segment(key(partition, segments.size()), file, firstRow, count));
      }
      return segments.iterator();
    }
  }

  /** Second pass: each row with its ordinal, its segment's first one plus its place in the segment. */
  private record Numbering(int fileOrdinal, Broadcast<Map<Long, Long>> firstOrdinals)
      implements Function2<Integer, Iterator<InternalRow>, Iterator<Tuple2<InternalRow, Long>>> {
    @Override
    public Iterator<Tuple2<InternalRow, Long>> call(Integer partition, Iterator<InternalRow> rows) {
      Map<Long, Long> first = firstOrdinals.value();
      return new Iterator<>() {
        private String file;
        private int segment = -1;
        private long next;

        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Tuple2<InternalRow, Long> next() {
          InternalRow row = rows.next();
          String rowFile = row.getUTF8String(fileOrdinal).toString();
          if (!rowFile.equals(file)) {
            file = rowFile;
            segment++;
            Long start = first.get(key(partition, segment));
            if (start == null) {
              throw new IllegalStateException(
                  "partition " + partition + " read its segment " + segment + " (" + file + ") in a second pass but"
                      + " not in the first: the rows changed between two reads of the same input");
            }
            next = start;
          }
          return new Tuple2<>(row.copy(), next++);
        }
      };
    }
  }
}
