package org.ecgautoencoder.model;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Feeds a batch of beats, {@code [batch, samples]}, to 1-D convolutions as one-channel sequences,
 * {@code [batch, 1, samples]} (DL4J's NCW layout), and reverses that for the gradient. DL4J's own
 * feed-forward-to-RNN preprocessor would instead make every sample a channel of a one-step sequence.
 */
public final class BeatToSequence implements InputPreProcessor {

  @Override
  public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray rows = contiguous(input, ArrayType.ACTIVATIONS, workspaceMgr);
    return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS, rows.reshape('c', rows.size(0), 1, rows.size(1)));
  }

  @Override
  public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray sequences = contiguous(output, ArrayType.ACTIVATION_GRAD, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATION_GRAD, sequences.reshape('c', sequences.size(0), sequences.size(2)));
  }

  static INDArray contiguous(INDArray array, ArrayType type, LayerWorkspaceMgr workspaceMgr) {
    return array.ordering() == 'c' && !array.isView() ? array : workspaceMgr.dup(type, array, 'c');
  }

  @Override
  public InputType getOutputType(InputType inputType) {
    if (!(inputType instanceof InputType.InputTypeFeedForward feedForward)) {
      throw new IllegalStateException("BeatToSequence expects feed-forward input but got " + inputType);
    }
    return InputType.recurrent(1, feedForward.getSize());
  }

  @Override
  public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState, int minibatchSize) {
    return new Pair<>(maskArray, currentMaskState);
  }

  @Override
  public BeatToSequence clone() {
    return new BeatToSequence();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BeatToSequence;
  }

  @Override
  public int hashCode() {
    return BeatToSequence.class.hashCode();
  }
}
