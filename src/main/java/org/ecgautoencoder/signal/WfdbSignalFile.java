package org.ecgautoencoder.signal;

import java.util.Objects;

/**
 * One {@code .dat} file of a record: the consecutive header signals stored in it, interleaved frame by
 * frame, after {@code byteOffset} bytes.
 *
 * @param fileName relative to the header's folder
 * @param format the format shared by all its signals
 * @param byteOffset bytes before the first sample
 * @param firstSignal the header index of its first signal
 * @param signalCount how many consecutive header signals it holds
 */
record WfdbSignalFile(String fileName, WfdbSignalFormat format, long byteOffset, int firstSignal, int signalCount) {
  WfdbSignalFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    if (signalCount < 1 || firstSignal < 0 || byteOffset < 0) {
      throw new IllegalStateException("bad signal file layout for " + fileName);
    }
  }

  /** The smallest file size that holds {@code samplesPerSignal} frames. */
  long minLength(long samplesPerSignal) {
    return byteOffset + format.minBytes(samplesPerSignal * signalCount);
  }

  /** The largest file size that holds exactly {@code samplesPerSignal} frames and packing padding. */
  long maxLength(long samplesPerSignal) {
    return byteOffset + format.maxBytes(samplesPerSignal * signalCount);
  }

  /** Frames in a file of {@code length} bytes, for headers that omit the sample count. */
  long framesIn(long length) {
    return format.samplesIn(Math.max(0, length - byteOffset)) / signalCount;
  }
}
