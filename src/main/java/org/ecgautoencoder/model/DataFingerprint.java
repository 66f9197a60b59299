package org.ecgautoencoder.model;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.ecgautoencoder.data.BeatHash;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Identifies the rows a model learned from without storing them: their count and an order-independent
 * 64-bit content hash (the sum of per-row hashes of the samples' float bits), computed where the rows live.
 */
public record DataFingerprint(long rows, String contentHash64) implements Serializable {

  public static DataFingerprint of(JavaRDD<BeatRecord> rows) {
    // Count and hash sum in one pass over the rows.
    long[] countAndSum =
        rows.map(beat -> new long[] {1, BeatHash.of(beat.samples())})
            .fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    return new DataFingerprint(countAndSum[0], String.format("%016x", countAndSum[1]));
  }

}
