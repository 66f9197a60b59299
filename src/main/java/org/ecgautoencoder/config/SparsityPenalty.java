package org.ecgautoencoder.config;

/** How the sparse autoencoder keeps its wide code sparse. */
public enum SparsityPenalty {
  /** The mean absolute code activation (an L1 activity penalty). */
  L1,
  /** KL divergence between a target activation and each code unit's mean activation (sigmoid codes). */
  KL
}
