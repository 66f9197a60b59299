package org.ecgautoencoder.network;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One dense layer of a network's inference path, {@code activation(input x weights + bias)}: what the fast
 * inference path runs, whichever DL4J or SameDiff layer holds the parameters.
 *
 * @param weights inputs x outputs
 * @param bias 1 x outputs
 */
public record DenseStep(INDArray weights, INDArray bias, IActivation activation) {}
