package org.ecgautoencoder.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the reader must make of a file of 3 samples + label, worked out independently of it, from the rules the
 * README states: lines end at '\n' (a '\r' before it dropped), a byte-order mark at the file's start is skipped,
 * spaces, tabs and line-end bytes around a row and spaces and tabs around a field are ignored, numbers are
 * plain decimals, infinity and NaN in any spelling are NOT_FINITE, a wrong field count wins over a bad field.
 * Written with regular expressions on the bytes as Latin-1 (one char per byte), nothing shared with the parser.
 */
final class CsvLineOracle {
  static final int FIELDS = 4;
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(inf|infinity|nan)");

  /**
   * One line as the reader must report it.
   *
   * @param reason null for a valid row
   * @param bytes the line's bytes as the reject must keep them (its end and a leading byte-order mark dropped)
   */
  record Line(RejectReason reason, float[] samples, double label, byte[] bytes) {}

  private CsvLineOracle() {}

  static List<Line> lines(byte[] file) {
    List<Line> lines = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n') {
        lines.add(line(segment(file, lineStart, i, lines.isEmpty())));
        lineStart = i + 1;
      }
    }
    if (lineStart < file.length) { // a last line without its '\n' counts; nothing after the last '\n' does not
      lines.add(line(segment(file, lineStart, file.length, lines.isEmpty())));
    }
    return lines;
  }

  private static byte[] segment(byte[] file, int start, int end, boolean first) {
    int to = end > start && file[end - 1] == '\r' ? end - 1 : end;
    int from = first && to - start >= 3 && Arrays.equals(file, start, start + 3, HostileCsv.BOM, 0, 3) ? start + 3 : start;
    return Arrays.copyOfRange(file, from, to);
  }

  static Line line(byte[] bytes) {
    if (bytes.length > LineScanner.MAX_LINE_BYTES) { // the tests keep clear of the few bytes around the limit
      return new Line(RejectReason.LINE_TOO_LONG, null, 0, bytes);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String row = strip(text, " \t\r\n");
    if (row.isEmpty()) {
      return new Line(RejectReason.BLANK_LINE, null, 0, bytes);
    }
    String[] fields = row.split(",", -1);
    if (fields.length != FIELDS) {
      return new Line(RejectReason.WRONG_FIELD_COUNT, null, 0, bytes);
    }
    float[] samples = new float[FIELDS - 1];
    double label = 0;
    for (int f = 0; f < FIELDS; f++) {
      String field = strip(fields[f], " \t");
      if (NON_FINITE.matcher(field).matches()) {
        return new Line(RejectReason.NOT_FINITE, null, 0, bytes);
      }
      if (!DECIMAL.matcher(field).matches()) {
        return new Line(RejectReason.NOT_A_NUMBER, null, 0, bytes);
      }
      double value = Double.parseDouble(field);
      boolean isLabel = f == FIELDS - 1;
      if (!Double.isFinite(value) || (!isLabel && !Float.isFinite((float) value))) {
        return new Line(RejectReason.NOT_FINITE, null, 0, bytes);
      }
      if (isLabel) {
        label = value;
      } else {
        samples[f] = (float) value;
      }
    }
    return new Line(null, samples, label, bytes);
  }

  /** The inverse of {@link RawText}'s escaping: the bytes a reject's raw text stands for. */
  static byte[] unescape(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      if (text.startsWith("\\\\", i)) {
        out.write('\\');
        i += 2;
      } else if (text.startsWith("\\x", i)) {
        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
        i += 4;
      } else {
        int codePoint = text.codePointAt(i);
        out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    return out.toByteArray();
  }

  private static String strip(String text, String blanks) {
    int from = 0;
    int to = text.length();
    while (from < to && blanks.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && blanks.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(from, to);
  }
}
