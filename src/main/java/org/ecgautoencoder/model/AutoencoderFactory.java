package org.ecgautoencoder.model;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;
import org.ecgautoencoder.config.TrainConfig;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the dense autoencoder: input -> encoder layers -> decoder layers -> output as wide as the input.
 * The loss is DL4J's MEAN_ABSOLUTE_ERROR, which averages over the output columns per example and over
 * the examples of a minibatch: exactly Keras' {@code mae}.
 */
public final class AutoencoderFactory {
  private AutoencoderFactory() {}

  public static MultiLayerConfiguration configuration(ModelConfig model, TrainConfig train, int beatLength) {
    List<Integer> hidden = new ArrayList<>(model.encoderLayers());
    hidden.addAll(model.decoderLayers());
    NeuralNetConfiguration.ListBuilder layers =
        new NeuralNetConfiguration.Builder()
            .seed(train.seed())
            .updater(new Adam(train.learningRate(), train.adamBeta1(), train.adamBeta2(), train.adamEpsilon()))
            .weightInit(ModelChoices.weightInit(model.weightInit(), "model.weight-init"))
            .biasInit(0.0)
            .list();
    int inputs = beatLength;
    for (int i = 0; i < hidden.size(); i++) {
      layers.layer(
          i,
          new DenseLayer.Builder()
              .nIn(inputs)
              .nOut(hidden.get(i))
              .activation(ModelChoices.activation(model.hiddenActivation(), "model.hidden-activation"))
              .build());
      inputs = hidden.get(i);
    }
    layers.layer(
        hidden.size(),
        new OutputLayer.Builder(LossFunctions.LossFunction.MEAN_ABSOLUTE_ERROR)
            .nIn(inputs)
            .nOut(beatLength)
            .activation(ModelChoices.activation(model.outputActivation(), "model.output-activation"))
            .build());
    return layers.build();
  }

  public static MultiLayerNetwork network(ModelConfig model, TrainConfig train, int beatLength) {
    MultiLayerNetwork network = new MultiLayerNetwork(configuration(model, train, beatLength));
    network.init();
    return network;
  }
}
