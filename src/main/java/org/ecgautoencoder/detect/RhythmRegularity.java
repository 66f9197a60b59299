package org.ecgautoencoder.detect;

/** Whether the last eight RR intervals all lay within Pan and Tompkins' RR limits. */
enum RhythmRegularity {
  REGULAR,
  IRREGULAR
}
