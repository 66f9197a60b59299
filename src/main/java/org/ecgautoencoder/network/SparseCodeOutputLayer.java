package org.ecgautoencoder.network;

import java.util.List;
import java.util.Map;
import org.ecgautoencoder.config.SparsityPenalty;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The sparse autoencoder's decoder and sparsity penalty. Its input is the code (the wide encoder layer
 * before it), so the penalty on the code reaches the encoder through the gradient SameDiff returns for the
 * layer input. Per beat the loss is the MAE plus {@code weight} times:
 *
 * <ul>
 *   <li>L1: the mean absolute code activation;
 *   <li>KL: the sum over code units of KL(target || mean activation of the unit over the minibatch), the
 *       classic sparsity target (activations must lie in (0, 1): a sigmoid code).
 * </ul>
 */
public final class SparseCodeOutputLayer extends AutoencoderOutputLayer {
  @JsonProperty private int codeSize;
  @JsonProperty private String outputActivation;
  @JsonProperty private SparsityPenalty penalty;
  @JsonProperty private double weight;
  @JsonProperty private double target;

  private SparseCodeOutputLayer() {
    // for Jackson
  }

  SparseCodeOutputLayer(
      int codeSize, int beatLength, String outputActivation, String weightInit, SparsityPenalty penalty,
      double weight, double target) {
    super(beatLength, weightInit);
    this.codeSize = codeSize;
    this.outputActivation = outputActivation;
    this.penalty = penalty;
    this.weight = weight;
    this.target = target;
  }

  private SameDiffDenseStack decoder() {
    SameDiffActivation output = SameDiffActivation.of(outputActivation, "model.output-activation");
    return SameDiffDenseStack.of("dec", List.of(codeSize, beatLength), output, output);
  }

  @Override
  List<SameDiffDenseStack> stacks() {
    return List.of(decoder());
  }

  @Override
  public INDArray code(INDArray beats, Map<String, INDArray> params) {
    return null; // the code is this layer's input: the dense layer before it
  }

  @Override
  public SDVariable defineLayer(
      SameDiff sd, SDVariable code, SDVariable labels, Map<String, SDVariable> params) {
    SDVariable reconstruction = named(sd, decoder().forward(sd, code, params).output());
    SDVariable loss = summedMeanAbsoluteError(reconstruction, labels);
    return loss(sd, loss.add(sparsityPenalty(sd, code, penalty, target).mul(weight)));
  }

  /** The penalty summed over the minibatch (the KL term, a minibatch statistic, counted once per beat). */
  static SDVariable sparsityPenalty(SameDiff sd, SDVariable code, SparsityPenalty penalty, double target) {
    return switch (penalty) {
      case L1 -> sd.math.abs(code).mean(1).sum();
      case KL -> {
        SDVariable rho = code.mean(0);
        SDVariable kl =
            sd.math.log(rho.rdiv(target)).mul(target)
                .add(sd.math.log(rho.rsub(1.0).rdiv(1.0 - target)).mul(1.0 - target));
        // Times the batch size, so that DL4J's division by it leaves the KL sum once.
        SDVariable batch = sd.sizeAt(code, 0).castTo(code.dataType());
        yield kl.sum().mul(batch);
      }
    };
  }
}
