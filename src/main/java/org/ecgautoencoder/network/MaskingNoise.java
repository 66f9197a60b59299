package org.ecgautoencoder.network;

import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Masking noise for the denoising autoencoder: each input sample is set to zero with probability
 * {@code fraction}, the others are kept as they are. Unlike DL4J's dropout it does not rescale the kept
 * samples: the network must rebuild the missing ones, not learn a scaled copy. DL4J applies it to the
 * layer's input in training only, so scoring sees clean beats.
 */
public final class MaskingNoise implements IDropout {
  @JsonProperty private final double fraction;
  @JsonIgnore private transient INDArray mask;

  @JsonCreator
  public MaskingNoise(@JsonProperty("fraction") double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("masking fraction must be in (0, 1) but was " + fraction);
    }
    this.fraction = fraction;
  }

  public double fraction() {
    return fraction;
  }

  @Override
  public INDArray applyDropout(
      INDArray inputActivations, INDArray output, int iteration, int epoch, LayerWorkspaceMgr workspaceMgr) {
    mask = workspaceMgr.createUninitialized(ArrayType.INPUT, output.dataType(), output.shape(), output.ordering());
    Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - fraction));
    Nd4j.getExecutioner().exec(new MulOp(inputActivations, mask, output));
    return output;
  }

  @Override
  public INDArray backprop(INDArray gradAtOutput, INDArray gradAtInput, int iteration, int epoch) {
    Nd4j.getExecutioner().exec(new MulOp(gradAtOutput, mask, gradAtInput));
    mask = null;
    return gradAtInput;
  }

  @Override
  public void clear() {
    mask = null;
  }

  @Override
  public MaskingNoise clone() {
    return new MaskingNoise(fraction);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MaskingNoise that && that.fraction == fraction;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(fraction);
  }

  @Override
  public String toString() {
    return "MaskingNoise(" + fraction + ")";
  }
}
