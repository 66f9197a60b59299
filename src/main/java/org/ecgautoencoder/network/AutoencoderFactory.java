package org.ecgautoencoder.network;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;
import org.ecgautoencoder.config.TrainConfig;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Builds the configured autoencoder (model.type) as one DL4J MultiLayerNetwork, so every type trains
 * single-process or with Spark parameter averaging, saves, loads and scores through the same paths. Every
 * type's output is as wide as the beat and its loss is DL4J's MEAN_ABSOLUTE_ERROR, which averages over the
 * outputs per example and over the examples of a minibatch: exactly Keras' {@code mae}.
 */
public final class AutoencoderFactory {
  private AutoencoderFactory() {}

  public static MultiLayerConfiguration configuration(ModelConfig model, TrainConfig train, int beatLength) {
    NeuralNetConfiguration.ListBuilder layers =
        new NeuralNetConfiguration.Builder()
            .seed(train.seed())
            .updater(new Adam(train.learningRate(), train.adamBeta1(), train.adamBeta2(), train.adamEpsilon()))
            .weightInit(ModelChoices.weightInit(model.weightInit(), "model.weight-init"))
            .biasInit(0.0)
            .list();
    switch (model.type()) {
      case UNDERCOMPLETE, DENOISING -> DenseAutoencoder.addLayers(layers, model, beatLength);
      case SPARSE -> PenalisedAutoencoders.addSparse(layers, model, beatLength);
      case CONTRACTIVE -> PenalisedAutoencoders.addContractive(layers, model, beatLength);
      case VARIATIONAL -> PenalisedAutoencoders.addVariational(layers, model, beatLength);
      case CONVOLUTIONAL -> ConvolutionalAutoencoder.addLayers(layers, model, beatLength);
    }
    return layers.build();
  }

  public static MultiLayerNetwork network(ModelConfig model, TrainConfig train, int beatLength) {
    MultiLayerNetwork network = new MultiLayerNetwork(configuration(model, train, beatLength));
    network.init();
    return network;
  }
}
