package org.ecgautoencoder.config;

/** Where the network is trained. */
public enum TrainingMode {
  /** dl4j-spark parameter averaging across the executors. */
  SPARK,
  /** Single-process DL4J on the driver. */
  LOCAL
}
