package org.ecgautoencoder.io;

import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;

/** The CSV splits of one partition (normally one), read one after the other. Progress is in input bytes. */
public final class CsvFilesSource implements BeatSource {
  private final Iterator<CsvSplit> splits;
  private final Configuration hadoopConf;
  private final CsvBeatParser parser;
  private CsvFileScan current;
  private long bytesOfFinishedFiles;

  public CsvFilesSource(Iterator<CsvSplit> splits, Configuration hadoopConf, CsvBeatParser parser) {
    this.splits = splits;
    this.hadoopConf = hadoopConf;
    this.parser = parser;
  }

  @Override
  public boolean fill(BeatBatch batch, Consumer<RejectedRow> rejects) {
    while (!batch.isFull()) {
      if (current == null) {
        if (!splits.hasNext()) {
          return false;
        }
        current = new CsvFileScan(splits.next(), hadoopConf, parser);
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
