package org.ecgautoencoder.bench.archive;

import java.util.SortedMap;

/**
 * DIR/_archive.json, written after every data file is in place: its presence means the archive is complete.
 *
 * @param arguments what the archive was generated from; equal arguments mean the same archive
 * @param labelCounts records per label, keyed by the label as CSV rows print it ("1.0", "0.0")
 * @param dataFiles data files written (part files; not _archive.json, _SUCCESS or checksums)
 * @param bytesWritten their total size on the filesystem
 * @param seconds wall time from reading the source to the last data file
 */
public record ArchiveManifest(
    int formatVersion,
    ArchiveArguments arguments,
    SortedMap<String, Long> labelCounts,
    long recordsWritten,
    int dataFiles,
    long bytesWritten,
    double seconds,
    String createdAt) {

  public static final int FORMAT_VERSION = 1;
}
