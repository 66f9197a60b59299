package org.ecgautoencoder.bench.archive;

import java.io.Serializable;
import java.util.SortedMap;

/**
 * What one generating task wrote, returned to the driver.
 *
 * @param labelCounts records per label text ("1.0", "0.0")
 */
record WrittenPart(int file, String name, long records, long bytes, SortedMap<String, Long> labelCounts)
    implements Serializable {}
