package org.ecgautoencoder.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffOutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.shade.jackson.annotation.JsonProperty;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Base of the model types whose loss DL4J's layers cannot express (a penalty on the code, on the encoder's
 * Jacobian, a KL term): the decoder, or the whole autoencoder, as one SameDiff output layer whose loss
 * SameDiff differentiates. Its activations (what scoring reads) are the reconstruction, as wide as the beat.
 *
 * <p>DL4J divides an output layer's loss and gradients by the minibatch size, so {@link #defineLayer}
 * returns the loss summed over the minibatch: per beat it is the MAE, as for the other types, plus the
 * type's penalty. Configuration fields are plain values marked for DL4J's (shaded) Jackson: the bundle stores the
 * layer as JSON.
 */
public abstract class AutoencoderOutputLayer extends SameDiffOutputLayer {
  static final String RECONSTRUCTION = "reconstruction";

  @JsonProperty protected int beatLength;
  @JsonProperty protected String weightInit;

  protected AutoencoderOutputLayer() {
    // for Jackson
  }

  protected AutoencoderOutputLayer(int beatLength, String weightInit) {
    this.beatLength = beatLength;
    this.weightInit = weightInit;
  }

  /** The dense stacks whose parameters the layer owns. */
  abstract List<SameDiffDenseStack> stacks();

  /**
   * The stacks that compute the layer's activations (the reconstruction) at inference, in order, or an empty
   * list when they are not a plain chain of dense layers (the variational type's log-probability score draws
   * codes). The fast inference path runs them instead of SameDiff. By default every stack the layer owns, in order.
   */
  List<SameDiffDenseStack> reconstructionPath() {
    return stacks();
  }

  /** {@link #reconstructionPath()} as dense steps over this layer's parameters; empty when there is none. */
  public List<DenseStep> inferenceSteps(Map<String, INDArray> params) {
    List<DenseStep> steps = new java.util.ArrayList<>();
    for (SameDiffDenseStack stack : reconstructionPath()) {
      for (int l = 0; l < stack.layers(); l++) {
        steps.add(
            new DenseStep(
                params.get(stack.weight(l)), params.get(stack.bias(l)),
                stack.activations().get(l).nd4j().getActivationFunction()));
      }
    }
    return steps;
  }

  /**
   * The codes of normalised beats, computed from this layer's parameters, or null when the code is this
   * layer's input (then it is the previous layer's activations).
   */
  public abstract INDArray code(INDArray beats, Map<String, INDArray> params);

  @Override
  public org.deeplearning4j.nn.api.Layer instantiate(
      NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex, INDArray params,
      boolean initializeParams, DataType dataType) {
    // Here, on the driver and on every executor, before SameDiff first builds this layer's gradient.
    SameDiffDebugFilter.install();
    return super.instantiate(conf, listeners, layerIndex, params, initializeParams, dataType);
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    stacks().forEach(stack -> stack.defineParameters(params));
  }

  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    WeightInit init = WeightInit.valueOf(weightInit);
    stacks().forEach(stack -> stack.initializeParameters(params, init));
  }

  @Override
  public String activationsVertexName() {
    return RECONSTRUCTION;
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    return InputType.feedForward(beatLength);
  }

  /** Sum over the minibatch of each beat's mean absolute error. */
  static SDVariable summedMeanAbsoluteError(SDVariable reconstruction, SDVariable labels) {
    SameDiff sd = reconstruction.getSameDiff();
    return sd.math.abs(reconstruction.sub(labels)).mean(1).sum();
  }

  /**
   * Marks the loss SameDiff differentiates: the graph has other outputs (the reconstruction) it would
   * otherwise not know to tell apart.
   */
  static SDVariable loss(SameDiff sd, SDVariable loss) {
    sd.setLossVariables(loss.name());
    return loss;
  }

  /** Names the reconstruction DL4J reads as the layer's activations. */
  static SDVariable named(SameDiff sd, SDVariable reconstruction) {
    return sd.identity(RECONSTRUCTION, reconstruction);
  }
}
