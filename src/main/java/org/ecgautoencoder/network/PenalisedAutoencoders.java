package org.ecgautoencoder.network;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;

/**
 * The model types built on {@link AutoencoderOutputLayer}: sparse (a DL4J dense code layer with input
 * dropout, then the SameDiff decoder that penalises the code), contractive and variational (one SameDiff
 * layer each).
 */
final class PenalisedAutoencoders {
  private PenalisedAutoencoders() {}

  static void addSparse(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    DenseLayer.Builder code =
        new DenseLayer.Builder()
            .nIn(beatLength)
            .nOut(model.sparse().codeSize())
            .activation(ModelChoices.activation(model.hiddenActivation(), "model.hidden-activation"));
    if (model.sparse().dropout() > 0) {
      // DL4J's dropOut takes the probability of keeping a sample.
      code.dropOut(1 - model.sparse().dropout());
    }
    layers.layer(0, code.build());
    layers.layer(
        1,
        new SparseCodeOutputLayer(
            model.sparse().codeSize(), beatLength, model.outputActivation(), weightInit(model),
            model.sparse().penalty(), model.sparse().weight(), model.sparse().target()));
  }

  static void addContractive(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    layers.layer(
        0,
        new ContractiveOutputLayer(
            beatLength, model.encoderLayers(), model.decoderLayers(), model.hiddenActivation(),
            model.outputActivation(), weightInit(model), model.contractive().lambda()));
  }

  static void addVariational(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    layers.layer(
        0,
        new VariationalOutputLayer(
            beatLength, model.encoderLayers(), model.variational().latentSize(), model.decoderLayers(),
            model.hiddenActivation(), model.outputActivation(), weightInit(model), model.variational().beta(),
            model.variational().reconstructionScale(), model.variational().score(),
            model.variational().scoreSamples()));
  }

  private static String weightInit(ModelConfig model) {
    return ModelChoices.weightInit(model.weightInit(), "model.weight-init").name();
  }
}
