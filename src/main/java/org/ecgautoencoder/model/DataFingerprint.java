package org.ecgautoencoder.model;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.ecgautoencoder.data.SplitMix64;
import org.ecgautoencoder.io.BeatRecord;

/**
 * Identifies the rows a model learned from without storing them: their count and an order-independent
 * 64-bit content hash (the sum of per-row hashes of the samples' float bits), computed where the rows live.
 */
public record DataFingerprint(long rows, String contentHash64) implements Serializable {

  public static DataFingerprint of(JavaRDD<BeatRecord> rows) {
    long sum = rows.map(DataFingerprint::rowHash).fold(0L, Long::sum);
    return new DataFingerprint(rows.count(), String.format("%016x", sum));
  }

  static long rowHash(BeatRecord beat) {
    long hash = 0x243F6A8885A308D3L;
    for (float sample : beat.samples()) {
      hash = SplitMix64.mix(hash ^ Float.floatToIntBits(sample));
    }
    return hash;
  }
}
