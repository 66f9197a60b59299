package org.ecgautoencoder.io;

import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;

/** The CSV files of one partition (normally one), read one after the other. Progress is in input bytes. */
public final class CsvFilesSource implements BeatSource {
  private final Iterator<String> files;
  private final Configuration hadoopConf;
  private final CsvBeatParser parser;
  private CsvFileScan current;
  private long bytesOfFinishedFiles;

  public CsvFilesSource(Iterator<String> files, Configuration hadoopConf, CsvBeatParser parser) {
    this.files = files;
    this.hadoopConf = hadoopConf;
    this.parser = parser;
  }

  @Override
  public boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects) {
    while (!batch.isFull()) {
      if (current == null) {
        if (!files.hasNext()) {
          return false;
        }
        current = new CsvFileScan(files.next(), hadoopConf, parser);
      }
      if (!current.fill(batch, rejects)) {
        bytesOfFinishedFiles += current.bytesRead();
        current.close();
        current = null;
      }
    }
    return true;
  }

  @Override
  public long progressUnits() {
    return bytesOfFinishedFiles + (current == null ? 0 : current.bytesRead());
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
