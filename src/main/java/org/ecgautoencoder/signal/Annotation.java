package org.ecgautoencoder.signal;

import java.util.Objects;

/**
 * One annotation of a WFDB annotation file (annot(5)).
 *
 * @param sample the sample index it marks (for beats: the R peak's neighbourhood as the annotator placed it)
 * @param code the MIT annotation code (1 = normal beat, see {@link AnnotationCodes})
 * @param symbol the standard mnemonic of {@code code}, e.g. "N", "V", "/"
 * @param subtype WFDB's subtyp, as a signed byte (0 when absent)
 * @param channel WFDB's chan, 0-255; carried over from the previous annotation when absent, as WFDB does
 * @param number WFDB's num, as a signed byte; carried over like channel
 * @param aux the auxiliary text (rhythm labels such as "(AFIB"), or null
 */
public record Annotation(long sample, int code, String symbol, int subtype, int channel, int number, String aux) {
  public Annotation {
    Objects.requireNonNull(symbol, "symbol");
    if (sample < 0) {
      throw new IllegalArgumentException("annotation sample must be >= 0 but was " + sample);
    }
  }

  /** True for beat annotations per WFDB's isqrs table. */
  public boolean isBeat() {
    return AnnotationCodes.isBeat(code);
  }
}
