package org.ecgautoencoder.io;

import java.io.Serializable;
import java.util.Iterator;

/** Opens the {@link BeatSource} of a Spark partition whose elements are {@code T} (file paths, Parquet rows). */
public interface BeatSourceFactory<T> extends Serializable {
  BeatSource open(Iterator<T> partition);
}
