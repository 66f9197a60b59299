package org.ecgautoencoder.model;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
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
      hash = mix(hash ^ Float.floatToIntBits(sample));
    }
    return hash;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
