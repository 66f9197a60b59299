package org.ecgautoencoder.signal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.ecgautoencoder.signal.RecordingFormatException.Reason;

/**
 * Streams one signal file: reads it in large chunks (never whole: a 24 h file is 100 MB), unpacks the
 * interleaved samples, stores those of kept signals, and sums every signal for its checksum.
 */
final class WfdbSignalFileDecoder {
  /**
   * Bytes per read: a multiple of every packing group (1, 2, 3 and 4 bytes), so each chunk starts on a
   * group boundary; 96 KiB keeps the buffer in L2 and the read calls few.
   */
  static final int CHUNK_BYTES = 12 * 8192;

  /** Per signal of the file: the sum of its samples (mod 2^32, of which the checksum uses 16 bits) and its first sample. */
  record Totals(int[] sums, int[] firstSamples) {}

  private WfdbSignalFileDecoder() {}

  /**
   * Decodes {@code frames} frames of {@code file} from {@code in}, which is positioned at the file's start.
   *
   * @param targets per signal of the file: the array to fill with its samples, or null to drop them
   * @param initialValues per signal of the file: the header's initial value, used only by format 8
   * @param describe the file's full path, for messages
   */
  static Totals decode(
      InputStream in, WfdbSignalFile file, String headerFileName, int frames, int[][] targets, int[] initialValues,
      String describe) throws IOException {
    int signals = file.signalCount();
    WfdbSignalFormat format = file.format();
    boolean differences = format == WfdbSignalFormat.FORMAT_8;
    int[] running = initialValues.clone();
    int[] sums = new int[signals];
    int[] first = new int[signals];
    long totalSamples = (long) frames * signals;
    long bytesLeft = format.minBytes(totalSamples);
    try {
      in.skipNBytes(file.byteOffset());
    } catch (EOFException e) {
      throw truncated(file, headerFileName, describe, "before the byte offset " + file.byteOffset());
    }
    byte[] bytes = new byte[CHUNK_BYTES];
    int[] samples = new int[CHUNK_BYTES];
    long samplesLeft = totalSamples;
    int signal = 0;
    int frame = 0;
    while (samplesLeft > 0) {
      int want = (int) Math.min(CHUNK_BYTES, bytesLeft);
      int got = in.readNBytes(bytes, 0, want);
      if (got < want) {
        throw truncated(file, headerFileName, describe, "while decoding, " + (bytesLeft - got) + " bytes short");
      }
      bytesLeft -= got;
      int count = (int) Math.min(format.decode(bytes, got, samples), samplesLeft);
      samplesLeft -= count;
      for (int i = 0; i < count; i++) {
        int value = samples[i];
        if (differences) {
          value = running[signal] += value;
        }
        sums[signal] += value;
        if (frame == 0) {
          first[signal] = value;
        }
        int[] target = targets[signal];
        if (target != null) {
          target[frame] = value;
        }
        if (++signal == signals) {
          signal = 0;
          frame++;
        }
      }
    }
    return new Totals(sums, first);
  }

  private static RecordingFormatException truncated(
      WfdbSignalFile file, String headerFileName, String describe, String where) {
    return new RecordingFormatException(
        Reason.TRUNCATED_SIGNAL_FILE,
        file.fileName(),
        file.fileName() + " (" + describe + ") ended early " + where + ", though its length matched header "
            + headerFileName + " when the read began: was it changed while being read?");
  }
}
