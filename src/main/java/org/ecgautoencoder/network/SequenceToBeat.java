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
 * The inverse of {@link BeatToSequence}: sequences {@code [batch, channels, positions]} to flat rows
 * {@code [batch, channels * positions]}, channel by channel: the encoder's feature maps into its dense
 * code layer, and the one-channel reconstruction back to a beat, so the convolutional autoencoder's output,
 * loss and scoring look like the dense one's.
 */
public final class SequenceToBeat implements InputPreProcessor {
  @JsonProperty private final int channels;

  @JsonCreator
  public SequenceToBeat(@JsonProperty("channels") int channels) {
    this.channels = channels < 1 ? 1 : channels;
  }

  @Override
  public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    if (input.rank() != 3 || input.size(1) != channels) {
      throw new IllegalStateException(
          "SequenceToBeat expects [batch, " + channels + ", positions] but got " + input.shapeInfoToString());
    }
    INDArray sequences = BeatToSequence.contiguous(input, ArrayType.ACTIVATIONS, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATIONS, sequences.reshape('c', sequences.size(0), sequences.size(1) * sequences.size(2)));
  }

  @Override
  public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray rows = BeatToSequence.contiguous(output, ArrayType.ACTIVATION_GRAD, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATION_GRAD, rows.reshape('c', rows.size(0), channels, rows.size(1) / channels));
  }

  @Override
  public InputType getOutputType(InputType inputType) {
    if (!(inputType instanceof InputType.InputTypeRecurrent recurrent)) {
      throw new IllegalStateException("SequenceToBeat expects a sequence but got " + inputType);
    }
    return InputType.feedForward(recurrent.getSize() * recurrent.getTimeSeriesLength());
  }

  @Override
  public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState, int minibatchSize) {
    return new Pair<>(maskArray, currentMaskState);
  }

  @Override
  public SequenceToBeat clone() {
    return new SequenceToBeat(channels);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SequenceToBeat that && that.channels == channels;
  }

  @Override
  public int hashCode() {
    return channels;
  }
}
