package org.ecgautoencoder.io;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;

/**
 * The parsed rows of an archive, cached: valid beats in (file, line) order and the rejected rows.
 *
 * @param rejectCounts how many rows each reason rejected
 */
public record BeatArchive(
    JavaRDD<ParsedRow> parsedRows, long validCount, Map<RejectReason, Long> rejectCounts) {

  public JavaRDD<BeatRecord> beats() {
    return parsedRows.filter(ParsedRow::isValid).map(ParsedRow::beat);
  }

  public JavaRDD<RejectedRow> rejects() {
    return parsedRows.filter(row -> !row.isValid()).map(ParsedRow::rejected);
  }

  public long rejectedCount() {
    return rejectCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  public long totalRows() {
    return validCount + rejectedCount();
  }
}
