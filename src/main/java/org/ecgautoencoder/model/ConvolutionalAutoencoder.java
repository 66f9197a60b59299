package org.ecgautoencoder.model;

import java.util.List;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling1D;
import org.ecgautoencoder.config.ConvolutionalConfig;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The 1-D convolutional autoencoder: the beat as a one-channel sequence; per configured filter count a
 * same-padded convolution and a max-pool (the encoder, whose last pool is the code), mirrored by
 * upsampling and convolution (the decoder), then a one-filter convolution back to the beat. Convolutions
 * share their weights along the beat, so the model learns local wave shapes wherever they occur.
 */
final class ConvolutionalAutoencoder {
  private ConvolutionalAutoencoder() {}

  static void addLayers(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    ConvolutionalConfig conv = model.convolutional();
    conv.codeLength(beatLength);
    Activation hidden = ModelChoices.activation(model.hiddenActivation(), "model.hidden-activation");
    List<Integer> filters = conv.filters();
    int index = 0;
    int channels = 1;
    layers.inputPreProcessor(0, new BeatToSequence());
    for (int filterCount : filters) {
      layers.layer(index++, convolution(channels, filterCount, conv.kernelSize(), hidden));
      layers.layer(
          index++,
          new Subsampling1DLayer.Builder(SubsamplingLayer.PoolingType.MAX, conv.poolSize(), conv.poolSize())
              .convolutionMode(ConvolutionMode.Same)
              .build());
      channels = filterCount;
    }
    for (int i = filters.size() - 1; i >= 0; i--) {
      layers.layer(index++, new Upsampling1D.Builder(conv.poolSize()).build());
      layers.layer(index++, convolution(channels, filters.get(i), conv.kernelSize(), hidden));
      channels = filters.get(i);
    }
    layers.layer(
        index++,
        convolution(
            channels, 1, conv.kernelSize(), ModelChoices.activation(model.outputActivation(), "model.output-activation")));
    layers.inputPreProcessor(index, new SequenceToBeat());
    layers.layer(
        index,
        new LossLayer.Builder(LossFunctions.LossFunction.MEAN_ABSOLUTE_ERROR).activation(Activation.IDENTITY).build());
  }

  /** Index of the layer whose activations are the code: the encoder's last pooling. */
  static int codeLayerIndex(ConvolutionalConfig conv) {
    return 2 * conv.filters().size() - 1;
  }

  private static Convolution1DLayer convolution(int channelsIn, int filters, int kernelSize, Activation activation) {
    return new Convolution1DLayer.Builder(kernelSize)
        .nIn(channelsIn)
        .nOut(filters)
        .convolutionMode(ConvolutionMode.Same)
        .activation(activation)
        .build();
  }
}
