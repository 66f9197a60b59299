package org.ecgautoencoder.io;

import java.io.Serializable;
import org.ecgautoencoder.config.ParquetLayout;

/**
 * Where each field sits in the rows {@link ParquetArchiveInput} projects: the beat (one array column, or
 * {@code beatLength} float columns from ordinal 0), then the optional label and id, then file and row index.
 *
 * @param labelOrdinal -1 when the archive has no label column
 * @param idOrdinal -1 when the archive has no id column
 */
record ParquetRowLayout(
    ParquetLayout layout, int beatLength, int labelOrdinal, int idOrdinal, int fileOrdinal, int rowOrdinal,
    String beatColumn, String sampleColumnPrefix)
    implements Serializable {}
