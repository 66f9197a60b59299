package org.ecgautoencoder.signal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes small EDF files in the tests, field by field as edfplus.info lays them out. */
final class EdfTestFiles {
  /** One signal: its header fields and its samples (a whole number of records). */
  record Signal(String label, String unit, double physMin, double physMax, int digMin, int digMax, int perRecord,
      short[] samples) {}

  private EdfTestFiles() {}

  static byte[] edf(String reserved, String records, String duration, List<Signal> signals, int recordCount) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int ns = signals.size();
    put(out, "0", 8);
    put(out, "X X X X", 80);
    put(out, "Startdate X X X X", 80);
    put(out, "01.12.26", 8);
    put(out, "10.00.00", 8);
    put(out, Integer.toString(256 * (ns + 1)), 8);
    put(out, reserved, 44);
    put(out, records, 8);
    put(out, duration, 8);
    put(out, Integer.toString(ns), 4);
    signals.forEach(s -> put(out, s.label(), 16));
    signals.forEach(s -> put(out, "AgAgCl", 80));
    signals.forEach(s -> put(out, s.unit(), 8));
    signals.forEach(s -> put(out, number(s.physMin()), 8));
    signals.forEach(s -> put(out, number(s.physMax()), 8));
    signals.forEach(s -> put(out, Integer.toString(s.digMin()), 8));
    signals.forEach(s -> put(out, Integer.toString(s.digMax()), 8));
    signals.forEach(s -> put(out, "HP:0.5Hz", 80));
    signals.forEach(s -> put(out, Integer.toString(s.perRecord()), 8));
    signals.forEach(s -> put(out, "", 32));
    for (int r = 0; r < recordCount; r++) {
      for (Signal s : signals) {
        for (int k = 0; k < s.perRecord(); k++) {
          short v = s.samples()[r * s.perRecord() + k];
          out.write(v & 0xff);
          out.write((v >> 8) & 0xff);
        }
      }
    }
    return out.toByteArray();
  }

  private static String number(double value) {
    String text = Double.toString(value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private static void put(ByteArrayOutputStream out, String text, int width) {
    if (text.length() > width) {
      throw new IllegalArgumentException("'" + text + "' does not fit " + width + " characters");
    }
    byte[] bytes = String.format("%-" + width + "s", text).getBytes(StandardCharsets.US_ASCII);
    out.write(bytes, 0, width);
  }
}
