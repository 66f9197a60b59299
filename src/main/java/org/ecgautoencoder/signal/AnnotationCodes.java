package org.ecgautoencoder.signal;

/**
 * MIT annotation codes (WFDB {@code ecgcodes.h}): their standard mnemonics (the WFDB library's
 * {@code annstr} table) and which denote a QRS complex (its {@code isqrs} table, {@code ecgmap.h}).
 */
public final class AnnotationCodes {
  /** The largest annotation code; 59-63 are the pseudo-annotations SKIP, NUM, SUB, CHN, AUX. */
  public static final int MAX_CODE = 49;

  /** Indexed by code: WFDB's mnemonics; 35 is n, 36 @, 37 x, 38 f, 39 (, 40 ), 41 r. */
  private static final String[] SYMBOLS = {
    " ", "N", "L", "R", "a", "V", "F", "J", "A", "S",
    "E", "j", "/", "Q", "~", "[15]", "|", "[17]", "s", "T",
    "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u",
    "?", "!", "[", "]", "e", "n", "@", "x", "f", "(",
    ")", "r", "[42]", "[43]", "[44]", "[45]", "[46]", "[47]", "[48]", "[49]"
  };

  /**
   * WFDB's isqrs: the 13 beat codes 1-13 (N L R a V F J A S E j / Q) and 25 B (bundle branch block beat),
   * 30 ? (beat not classified during learning), 31 ! (ventricular flutter wave), 34 e (atrial escape),
   * 35 n (supraventricular escape), 38 f (fusion of paced and normal), 41 r (R-on-T PVC).
   */
  private static final boolean[] IS_QRS = new boolean[MAX_CODE + 1];

  static {
    for (int code : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 31, 34, 35, 38, 41}) {
      IS_QRS[code] = true;
    }
  }

  private AnnotationCodes() {}

  /** The mnemonic, e.g. "N" for 1; codes outside 0..49 read "[code]" as WFDB prints them. */
  public static String symbol(int code) {
    return code >= 0 && code <= MAX_CODE ? SYMBOLS[code] : "[" + code + "]";
  }

  /** True when WFDB's isqrs counts the code as a QRS complex (a beat). */
  public static boolean isBeat(int code) {
    return code >= 0 && code <= MAX_CODE && IS_QRS[code];
  }
}
