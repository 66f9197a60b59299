package org.ecgautoencoder.recording;

import java.util.Map;

/**
 * The ANSI/AAMI EC57 beat classes the MIT-BIH beat symbols group into. Each class's {@link #label} is the value
 * a recording's beat carries in the label column, so input.normal-labels = [1.0] means class N.
 */
public enum AamiClass {
  /** Normal and bundle branch block beats, atrial and nodal escape beats: N L R e j. */
  N(1.0),
  /** Supraventricular ectopic beats: A a J S. */
  SVEB(2.0),
  /** Ventricular ectopic beats: V E. */
  VEB(3.0),
  /** Fusion of ventricular and normal beats: F. */
  F(4.0),
  /** Paced, fusion of paced and normal, and unclassifiable beats: / f Q. */
  Q(5.0);

  private static final Map<String, AamiClass> BY_SYMBOL =
      Map.ofEntries(
          Map.entry("N", N), Map.entry("L", N), Map.entry("R", N), Map.entry("e", N), Map.entry("j", N),
          Map.entry("A", SVEB), Map.entry("a", SVEB), Map.entry("J", SVEB), Map.entry("S", SVEB),
          Map.entry("V", VEB), Map.entry("E", VEB),
          Map.entry("F", F),
          Map.entry("/", Q), Map.entry("f", Q), Map.entry("Q", Q));

  private final double label;

  AamiClass(double label) {
    this.label = label;
  }

  public double label() {
    return label;
  }

  /** The class of a beat annotation's symbol; null for a symbol that is not a beat (rhythm, noise, comments). */
  public static AamiClass ofSymbol(String symbol) {
    return BY_SYMBOL.get(symbol);
  }

  /** The class a label value stands for; null for a value no class has. */
  public static AamiClass ofLabel(double label) {
    for (AamiClass value : values()) {
      if (value.label == label) {
        return value;
      }
    }
    return null;
  }
}
