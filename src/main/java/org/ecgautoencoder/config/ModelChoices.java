package org.ecgautoencoder.config;

import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/** Maps config names ("relu", "xavier-uniform") onto DL4J's enums, refusing unknown names at load time. */
public final class ModelChoices {
  private ModelChoices() {}

  public static Activation activation(String name, String key) {
    return ConfigChecks.enumValue(Activation.class, name, key);
  }

  public static WeightInit weightInit(String name, String key) {
    return ConfigChecks.enumValue(WeightInit.class, name, key);
  }
}
