package org.ecgautoencoder.config;

/** How the denoising autoencoder corrupts its training inputs. */
public enum CorruptionKind {
  /** Adds zero-mean Gaussian noise of model.denoising.std to every (normalised) sample. */
  GAUSSIAN,
  /** Sets a random model.denoising.mask-fraction of the samples to zero. */
  MASK
}
