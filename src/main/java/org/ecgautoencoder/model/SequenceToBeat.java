package org.ecgautoencoder.model;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The inverse of {@link BeatToSequence}: a one-channel sequence {@code [batch, 1, samples]} back to a beat
 * {@code [batch, samples]}, so the convolutional autoencoder's output, loss and scoring look like the dense
 * one's.
 */
public final class SequenceToBeat implements InputPreProcessor {

  @Override
  public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    if (input.rank() != 3 || input.size(1) != 1) {
      throw new IllegalStateException("SequenceToBeat expects [batch, 1, samples] but got " + input.shapeInfoToString());
    }
    INDArray sequences = BeatToSequence.contiguous(input, ArrayType.ACTIVATIONS, workspaceMgr);
    return workspaceMgr.leverageTo(
        ArrayType.ACTIVATIONS, sequences.reshape('c', sequences.size(0), sequences.size(2)));
  }

  @Override
  public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    INDArray rows = BeatToSequence.contiguous(output, ArrayType.ACTIVATION_GRAD, workspaceMgr);
    return workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD, rows.reshape('c', rows.size(0), 1, rows.size(1)));
  }

  @Override
  public InputType getOutputType(InputType inputType) {
    if (!(inputType instanceof InputType.InputTypeRecurrent recurrent) || recurrent.getSize() != 1) {
      throw new IllegalStateException("SequenceToBeat expects a one-channel sequence but got " + inputType);
    }
    return InputType.feedForward(recurrent.getTimeSeriesLength());
  }

  @Override
  public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState, int minibatchSize) {
    return new Pair<>(maskArray, currentMaskState);
  }

  @Override
  public SequenceToBeat clone() {
    return new SequenceToBeat();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SequenceToBeat;
  }

  @Override
  public int hashCode() {
    return SequenceToBeat.class.hashCode();
  }
}
