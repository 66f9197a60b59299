package org.ecgautoencoder.network;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Feeds flat rows, {@code [batch, channels * positions]}, to 1-D convolutions as sequences, {@code [batch,
 * channels, positions]} (DL4J's NCW layout), channel by channel, and reverses that for the gradient: a beat
 * becomes a one-channel sequence, a dense layer's output the decoder's first feature maps. DL4J's own
 * feed-forward-to-RNN preprocessor would instead make every value a channel of a one-step sequence.
 */
public final class BeatToSequence implements InputPreProcessor {
  @JsonProperty private final int channels;

  @JsonCreator
  public BeatToSequence(@JsonProperty("channels") int channels) {
    this.channels = channels < 1 ? 1 : channels;
  }

  @Override
  public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray rows = contiguous(input, ArrayType.ACTIVATIONS, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATIONS, rows.reshape('c', rows.size(0), channels, rows.size(1) / channels));
  }

  @Override
  public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray sequences = contiguous(output, ArrayType.ACTIVATION_GRAD, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATION_GRAD, sequences.reshape('c', sequences.size(0), sequences.length() / sequences.size(0)));
  }

  static INDArray contiguous(INDArray array, ArrayType type, LayerWorkspaceMgr workspaceMgr) {
    return array.ordering() == 'c' && !array.isView() ? array : workspaceMgr.dup(type, array, 'c');
  }

  @Override
  public InputType getOutputType(InputType inputType) {
    if (!(inputType instanceof InputType.InputTypeFeedForward feedForward)) {
      throw new IllegalStateException("BeatToSequence expects feed-forward input but got " + inputType);
    }
    return InputType.recurrent(channels, feedForward.getSize() / channels);
  }

  @Override
  public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState, int minibatchSize) {
    return new Pair<>(maskArray, currentMaskState);
  }

  @Override
  public BeatToSequence clone() {
    return new BeatToSequence(channels);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BeatToSequence that && that.channels == channels;
  }

  @Override
  public int hashCode() {
    return channels;
  }
}
