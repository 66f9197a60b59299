package org.ecgautoencoder.config;

/** Which rows the evaluate job scores. */
public enum EvaluatedRows {
  /** The split's test rows: the tutorial's protocol. */
  TEST,
  /** Every valid row: for a separate labelled archive. */
  ALL
}
