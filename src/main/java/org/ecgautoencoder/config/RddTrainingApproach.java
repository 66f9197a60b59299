package org.ecgautoencoder.config;

/** dl4j-spark's way of handing minibatches to workers; AUTO picks one that works for the master in use. */
public enum RddTrainingApproach {
  AUTO,
  EXPORT,
  DIRECT
}
