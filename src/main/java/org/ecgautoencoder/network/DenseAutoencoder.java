package org.ecgautoencoder.network;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.GaussianNoise;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.ecgautoencoder.config.DenoisingConfig;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;
import org.ecgautoencoder.config.ModelType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The dense autoencoder: input -> encoder layers -> decoder layers -> output as wide as the input. For the
 * denoising type the first layer corrupts its input; DL4J applies such "dropout" in training only and the
 * labels stay the clean beat, so the network learns to remove the corruption and scoring sees clean beats.
 */
final class DenseAutoencoder {
  private DenseAutoencoder() {}

  static void addLayers(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    List<Integer> hidden = new ArrayList<>(model.encoderLayers());
    hidden.addAll(model.decoderLayers());
    int inputs = beatLength;
    for (int i = 0; i < hidden.size(); i++) {
      DenseLayer.Builder layer =
          new DenseLayer.Builder()
              .nIn(inputs)
              .nOut(hidden.get(i))
              .activation(ModelChoices.activation(model.hiddenActivation(), "model.hidden-activation"));
      if (i == 0 && model.type() == ModelType.DENOISING) {
        layer.dropOut(corruption(model.denoising()));
      }
      layers.layer(i, layer.build());
      inputs = hidden.get(i);
    }
    layers.layer(
        hidden.size(),
        new OutputLayer.Builder(LossFunctions.LossFunction.MEAN_ABSOLUTE_ERROR)
            .nIn(inputs)
            .nOut(beatLength)
            .activation(ModelChoices.activation(model.outputActivation(), "model.output-activation"))
            .build());
  }

  static IDropout corruption(DenoisingConfig denoising) {
    return switch (denoising.noise()) {
      case GAUSSIAN -> new GaussianNoise(denoising.std());
      case MASK -> new MaskingNoise(denoising.maskFraction());
    };
  }
}
