package org.ecgautoencoder.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The contractive autoencoder as one SameDiff layer: encoder and decoder dense stacks, and per beat the MAE
 * plus {@code lambda} times the squared Frobenius norm of the encoder's Jacobian d code / d beat (Rifai et
 * al. 2011). The Jacobian is built layer by layer, J_l = diag(f_l'(a_l)) W_l^T J_(l-1), one matrix per beat,
 * so any encoder depth works; SameDiff then differentiates the norm like the rest of the loss.
 */
public final class ContractiveOutputLayer extends AutoencoderOutputLayer {
  @JsonProperty private List<Integer> encoderLayers;
  @JsonProperty private List<Integer> decoderLayers;
  @JsonProperty private String hiddenActivation;
  @JsonProperty private String outputActivation;
  @JsonProperty private double lambda;

  private ContractiveOutputLayer() {
    // for Jackson
  }

  ContractiveOutputLayer(
      int beatLength, List<Integer> encoderLayers, List<Integer> decoderLayers, String hiddenActivation,
      String outputActivation, String weightInit, double lambda) {
    super(beatLength, weightInit);
    this.encoderLayers = List.copyOf(encoderLayers);
    this.decoderLayers = List.copyOf(decoderLayers);
    this.hiddenActivation = hiddenActivation;
    this.outputActivation = outputActivation;
    this.lambda = lambda;
  }

  SameDiffDenseStack encoder() {
    List<Integer> sizes = new ArrayList<>(List.of(beatLength));
    sizes.addAll(encoderLayers);
    SameDiffActivation hidden = SameDiffActivation.of(hiddenActivation, "model.hidden-activation");
    return SameDiffDenseStack.of("enc", sizes, hidden, hidden);
  }

  private SameDiffDenseStack decoder() {
    List<Integer> sizes = new ArrayList<>(List.of(encoderLayers.get(encoderLayers.size() - 1)));
    sizes.addAll(decoderLayers);
    sizes.add(beatLength);
    return SameDiffDenseStack.of(
        "dec", sizes, SameDiffActivation.of(hiddenActivation, "model.hidden-activation"),
        SameDiffActivation.of(outputActivation, "model.output-activation"));
  }

  @Override
  List<SameDiffDenseStack> stacks() {
    return List.of(encoder(), decoder());
  }

  @Override
  public INDArray code(INDArray beats, Map<String, INDArray> params) {
    return encoder().apply(beats, params);
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable beats, SDVariable labels, Map<String, SDVariable> params) {
    SameDiffDenseStack encoder = encoder();
    SameDiffDenseStack.Forward encoded = encoder.forward(sd, beats, params);
    SDVariable reconstruction = named(sd, decoder().forward(sd, encoded.output(), params).output());
    SDVariable penalty = squaredJacobianNorms(sd, encoder, encoded, params).sum();
    return loss(sd, summedMeanAbsoluteError(reconstruction, labels).add(penalty.mul(lambda)));
  }

  /** Per beat, the squared Frobenius norm of d code / d beat: shape [batch]. */
  static SDVariable squaredJacobianNorms(
      SameDiff sd, SameDiffDenseStack encoder, SameDiffDenseStack.Forward encoded, Map<String, SDVariable> params) {
    SDVariable jacobian = null; // [batch, units of layer l, beat samples]
    for (int l = 0; l < encoder.layers(); l++) {
      SameDiffActivation activation = encoder.activations().get(l);
      SDVariable slope =
          activation.derivative(sd, encoded.preActivations().get(l), encoded.activations().get(l)); // [batch, out]
      SDVariable weightsT = params.get(encoder.weight(l)).permute(1, 0); // [out, in]
      SDVariable linear;
      if (jacobian == null) {
        linear = sd.expandDims(weightsT, 0); // [1, out, beat]: the same for every beat
      } else {
        // W^T [out, in] times each beat's J [in, beat]: fold the batch into the columns for one matmul.
        long in = encoder.sizes().get(l);
        long samples = encoder.sizes().get(0);
        long out = encoder.sizes().get(l + 1);
        SDVariable columns = jacobian.permute(1, 0, 2).reshape(in, -1); // [in, batch * beat]
        linear = weightsT.mmul(columns).reshape(out, -1, samples).permute(1, 0, 2); // [batch, out, beat]
      }
      jacobian = linear.mul(sd.expandDims(slope, 2));
    }
    return jacobian.mul(jacobian).sum(1, 2);
  }
}
