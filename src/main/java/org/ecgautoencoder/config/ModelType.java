package org.ecgautoencoder.config;

/** The autoencoder families the product trains; each is a config choice (model.type) scored the same way. */
public enum ModelType {
  /** Dense, narrowing to a small code: the tutorial's model. */
  UNDERCOMPLETE,
  /** A code wider than needed (even than the beat), kept sparse by a penalty, with input dropout. */
  SPARSE,
  /** The dense model trained to rebuild clean beats from corrupted ones (corruption in training only). */
  DENOISING,
  /** Dense, with a penalty on the encoder's Jacobian: codes that change little when the beat changes little. */
  CONTRACTIVE,
  /** A Gaussian code per beat, trained with the reparameterisation trick and a KL term. */
  VARIATIONAL,
  /** 1-D convolutions over the beat as a sequence: local shape features shared along the beat. */
  CONVOLUTIONAL
}
