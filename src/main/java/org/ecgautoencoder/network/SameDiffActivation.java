package org.ecgautoencoder.network;

import java.util.Locale;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The activations the SameDiff-built model types support, by their config names, with the derivatives the
 * contractive penalty needs. Kept to functions whose derivative is cheap to write from the activation.
 */
public enum SameDiffActivation {
  RELU,
  SIGMOID,
  TANH,
  IDENTITY;

  public static SameDiffActivation of(String name, String key) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid config: " + key + " = " + name + "; this model type supports relu, sigmoid, tanh or identity");
    }
  }

  public SDVariable apply(SameDiff sd, SDVariable preActivation) {
    return switch (this) {
      case RELU -> sd.nn.relu(preActivation, 0);
      case SIGMOID -> sd.nn.sigmoid(preActivation);
      case TANH -> sd.nn.tanh(preActivation);
      case IDENTITY -> preActivation;
    };
  }

  /** The same function as ND4J's activation, for plain arrays and the fast inference path. */
  public Activation nd4j() {
    return switch (this) {
      case RELU -> Activation.RELU;
      case SIGMOID -> Activation.SIGMOID;
      case TANH -> Activation.TANH;
      case IDENTITY -> Activation.IDENTITY;
    };
  }

  /** The activation on a plain array, in place. */
  public INDArray apply(INDArray preActivation) {
    return nd4j().getActivationFunction().getActivation(preActivation, false);
  }

  /** f'(a), written from the pre-activation a and the activation h = f(a). */
  public SDVariable derivative(SameDiff sd, SDVariable preActivation, SDVariable activation) {
    return switch (this) {
      // A step: its own derivative is zero, so treating it as a constant changes no gradient.
      case RELU -> sd.gt(preActivation, 0.0).castTo(preActivation.dataType());
      case SIGMOID -> activation.mul(activation.rsub(1.0));
      case TANH -> activation.mul(activation).rsub(1.0);
      case IDENTITY -> sd.onesLike(preActivation);
    };
  }
}
