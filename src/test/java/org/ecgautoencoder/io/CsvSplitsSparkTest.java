package org.ecgautoencoder.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ecgautoencoder.config.LabelColumn;
import org.ecgautoencoder.testing.SharedSpark;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A file read in byte-range splits gives exactly the rows, row numbers and rejects of a whole-file read. */
@ExtendWith(SharedSpark.class)
class CsvSplitsSparkTest {
  @TempDir Path dir;

  private static final CsvBeatParser PARSER = new CsvBeatParser(TestConfigs.csvInput(LabelColumn.LAST, 0.0, "x"));

  /** "row:first-sample" for valid rows and "row:REASON" for rejects, in reading order per split. */
  private static List<String> read(List<CsvSplit> splits) {
    List<String> seen = new ArrayList<>();
    for (CsvSplit split : splits) {
      try (CsvFilesSource source = new CsvFilesSource(List.of(split).iterator(), new Configuration(), PARSER)) {
        BeatBatch batch = new BeatBatch(7, 3);
        boolean more = true;
        while (more) {
          batch.clear();
          List<String> rejects = new ArrayList<>();
          more = source.fill(batch, reject -> rejects.add(reject.rowIndex() + ":" + reject.reason()));
          for (int row = 0; row < batch.size(); row++) {
            seen.add(batch.rowIndex(row) + ":" + batch.samples()[row * 3]);
          }
          seen.addAll(rejects);
        }
      }
    }
    seen.sort(java.util.Comparator.comparingLong(entry -> Long.parseLong(entry.substring(0, entry.indexOf(':')))));
    return seen;
  }

  @Test
  void everySplitSizeReadsTheSameRowsWithTheSameNumbers() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      switch (i % 9) {
        case 3 -> text.append("\n"); // blank line
        case 5 -> text.append(i).append(".25,-1.5,").append(i * 1000).append(".125,0.0\r\n"); // Windows line end
        case 7 -> text.append("not,a,number,row\n");
        default -> text.append(i).append(",2,3,1.0\n");
      }
    }
    text.append("99,98,97,1.0"); // a last line without a line break
    Path file = dir.resolve("beats.csv");
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    String path = file.toUri().toString();
    long length = Files.size(file);
    List<String> whole = read(List.of(CsvSplit.wholeFile(path, length)));
    assertThat(whole).hasSize(61).contains("60:99.0", "3:BLANK_LINE", "7:NOT_A_NUMBER", "5:5.25");

    for (long splitBytes = 1; splitBytes <= length + 1; splitBytes += splitBytes < 40 ? 1 : 13) {
      List<CsvSplit> splits = CsvSplits.plan(SharedSpark.context(), List.of(path), new HadoopSettings(new Configuration()), splitBytes);
      assertThat(read(splits)).as("split size %d (%d splits)", splitBytes, splits.size()).isEqualTo(whole);
    }
  }
}
