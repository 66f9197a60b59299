package org.ecgautoencoder.config;

/** The autoencoder families the product trains; each is a config choice (model.type) scored the same way. */
public enum ModelType {
  /** Dense, narrowing to a small code: the tutorial's model. */
  UNDERCOMPLETE,
  /** The dense model trained to rebuild clean beats from corrupted ones (corruption in training only). */
  DENOISING,
  /** 1-D convolutions over the beat as a sequence: local shape features shared along the beat. */
  CONVOLUTIONAL
}
