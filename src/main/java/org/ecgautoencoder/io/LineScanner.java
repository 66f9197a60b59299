package org.ecgautoencoder.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it: each {@link #next()} exposes one line as a range of
 * {@link #buffer()}, so parsers read numbers straight from the bytes (no String per line). Lines end at
 * '\n'; a '\r' before it is dropped, so Windows files number their lines the same way.
 */
final class LineScanner {
  /** Longer lines are reported as too long (and skipped to their end) instead of growing the buffer forever. */
  static final int MAX_LINE_BYTES = 16 << 20;
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  /** The field delimiter, counted in lines too long to keep, so they can be described truly. */
  private final byte fieldDelimiter;
  private byte[] buffer;
  private int position;
  private int limit;
  private boolean endOfStream;
  private int lineStart;
  private int lineEnd;
  private boolean lineTooLong;
  /** Stream offset of {@code buffer[0]}: bytes already consumed and moved out of the buffer. */
  private long bufferOffset;
  private long currentLineOffset;
  /** Whether the next line is the file's first, whose UTF-8 byte-order mark (if any) is not part of it. */
  private boolean atFileStart;
  private long cutLineBytes;
  private long cutLineFields;

  LineScanner(InputStream in, int initialBufferBytes, byte fieldDelimiter) {
    this.in = in;
    this.buffer = new byte[initialBufferBytes];
    this.fieldDelimiter = fieldDelimiter;
  }

  /**
   * Says that the stream starts at the file's first byte, so a UTF-8 byte-order mark there (Excel and Windows
   * tools write one) is dropped from the first line: it is an encoding marker, not data. Only there: elsewhere
   * those bytes are data (and not a number). The line keeps its number and its offset.
   */
  void dropByteOrderMarkAtStart() {
    atFileStart = true;
  }

  /** Advances to the next line; false at the end of the stream. A final line without '\n' counts. */
  boolean next() throws IOException {
    boolean found = advance();
    if (found && atFileStart && startsWithByteOrderMark()) {
      lineStart += BYTE_ORDER_MARK.length;
    }
    atFileStart = false;
    return found;
  }

  private boolean startsWithByteOrderMark() {
    int length = BYTE_ORDER_MARK.length;
    return lineEnd - lineStart >= length
        && Arrays.equals(buffer, lineStart, lineStart + length, BYTE_ORDER_MARK, 0, length);
  }

  private boolean advance() throws IOException {
    lineTooLong = false;
    int searchFrom = position;
    while (true) {
      int newline = indexOfNewline(searchFrom, limit);
      if (newline >= 0) {
        setLine(position, newline);
        position = newline + 1;
        return true;
      }
      if (endOfStream) {
        if (position == limit) {
          return false;
        }
        setLine(position, limit);
        position = limit;
        return true;
      }
      if (limit - position >= MAX_LINE_BYTES) {
        skipRestOfLine();
        return true;
      }
      searchFrom = limit - position;
      refill();
      searchFrom += position;
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int lineStart() {
    return lineStart;
  }

  int lineEnd() {
    return lineEnd;
  }

  /** Whether the current line was cut at {@link #MAX_LINE_BYTES}; its range then holds only its beginning. */
  boolean lineTooLong() {
    return lineTooLong;
  }

  /** For a line cut at {@link #MAX_LINE_BYTES}: its whole length in bytes, up to its '\n'. */
  long cutLineBytes() {
    return cutLineBytes;
  }

  /** For a line cut at {@link #MAX_LINE_BYTES}: its whole number of fields (delimiters + 1). */
  long cutLineFields() {
    return cutLineFields;
  }

  /** Offset in the stream of the current line's first byte. */
  long lineOffset() {
    return currentLineOffset;
  }

  private void setLine(int start, int end) {
    currentLineOffset = bufferOffset + start;
    lineStart = start;
    lineEnd = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
  }

  private int indexOfNewline(int from, int to) {
    byte[] bytes = buffer;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Moves the unread bytes to the front (growing the buffer when they fill it) and reads more. */
  private void refill() throws IOException {
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      bufferOffset += position;
    } else if (unread == buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES + 1));
    }
    position = 0;
    limit = unread;
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      endOfStream = true;
    } else {
      limit += read;
    }
  }

  /**
   * Keeps the line's first bytes for the reject's raw text and discards the rest up to its '\n', measuring
   * what it discards: the kept prefix alone would misstate the line's width.
   */
  private void skipRestOfLine() throws IOException {
    long skippedLineOffset = bufferOffset + position;
    int keptStart = position;
    int keptEnd = position + RejectedRow.MAX_RAW_TEXT_CHARS;
    byte[] kept = Arrays.copyOfRange(buffer, keptStart, keptEnd);
    int searchFrom = keptStart;
    long bytes = 0;
    long delimiters = 0;
    while (true) {
      int newline = indexOfNewline(searchFrom, limit);
      int stop = newline >= 0 ? newline : limit;
      bytes += stop - searchFrom;
      delimiters += countDelimiters(searchFrom, stop);
      if (newline >= 0) {
        position = newline + 1;
        break;
      }
      position = limit;
      if (endOfStream) {
        break;
      }
      refill();
      searchFrom = 0;
      if (endOfStream && limit == 0) {
        break;
      }
    }
    // Expose the kept prefix through the buffer's front; the unread bytes after position are left alone.
    long unreadOffset = bufferOffset + position;
    byte[] merged = new byte[kept.length + (limit - position)];
    System.arraycopy(kept, 0, merged, 0, kept.length);
    System.arraycopy(buffer, position, merged, kept.length, limit - position);
    int unread = limit - position;
    buffer = merged.length >= buffer.length ? merged : copyInto(merged, buffer);
    lineStart = 0;
    lineEnd = kept.length;
    position = kept.length;
    limit = kept.length + unread;
    bufferOffset = unreadOffset - kept.length;
    currentLineOffset = skippedLineOffset;
    lineTooLong = true;
    cutLineBytes = bytes;
    cutLineFields = delimiters + 1;
  }

  private long countDelimiters(int from, int to) {
    byte[] bytes = buffer;
    long count = 0;
    for (int i = from; i < to; i++) {
      count += bytes[i] == fieldDelimiter ? 1 : 0;
    }
    return count;
  }

  private static byte[] copyInto(byte[] source, byte[] target) {
    System.arraycopy(source, 0, target, 0, source.length);
    return target;
  }
}
