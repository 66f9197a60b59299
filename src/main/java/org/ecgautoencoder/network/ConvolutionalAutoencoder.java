package org.ecgautoencoder.network;

import java.util.List;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling1D;
import org.ecgautoencoder.config.ConvolutionalConfig;
import org.ecgautoencoder.config.ModelChoices;
import org.ecgautoencoder.config.ModelConfig;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The 1-D convolutional autoencoder: the beat as a one-channel sequence; per configured filter count a
 * same-padded convolution and a max-pool; the feature maps, flattened, into a dense code of
 * {@code code-size} units (the bottleneck), and back out to feature maps; upsampling and convolution
 * mirror the encoder; a one-filter convolution rebuilds the beat. Convolutions share their weights along
 * the beat, so they learn local wave shapes wherever they occur; the dense code forces the whole beat
 * through a few numbers, without which the convolutions rebuild any beat, abnormal ones too.
 */
final class ConvolutionalAutoencoder {
  private ConvolutionalAutoencoder() {}

  static void addLayers(NeuralNetConfiguration.ListBuilder layers, ModelConfig model, int beatLength) {
    ConvolutionalConfig conv = model.convolutional();
    int positions = conv.codeLength(beatLength);
    Activation hidden = ModelChoices.activation(model.hiddenActivation(), "model.hidden-activation");
    List<Integer> filters = conv.filters();
    int index = 0;
    int channels = 1;
    layers.inputPreProcessor(0, new BeatToSequence(1));
    for (int filterCount : filters) {
      layers.layer(index++, convolution(channels, filterCount, conv.kernelSize(), hidden));
      layers.layer(
          index++,
          new Subsampling1DLayer.Builder(SubsamplingLayer.PoolingType.MAX, conv.poolSize(), conv.poolSize())
              .convolutionMode(ConvolutionMode.Same)
              .build());
      channels = filterCount;
    }
    int featureValues = channels * positions;
    layers.inputPreProcessor(index, new SequenceToBeat(channels));
    layers.layer(index++, new DenseLayer.Builder().nIn(featureValues).nOut(conv.codeSize()).activation(hidden).build());
    layers.layer(index++, new DenseLayer.Builder().nIn(conv.codeSize()).nOut(featureValues).activation(hidden).build());
    layers.inputPreProcessor(index, new BeatToSequence(channels));
    for (int i = filters.size() - 1; i >= 0; i--) {
      layers.layer(index++, new Upsampling1D.Builder(conv.poolSize()).build());
      layers.layer(index++, convolution(channels, filters.get(i), conv.kernelSize(), hidden));
      channels = filters.get(i);
    }
    layers.layer(
        index++,
        convolution(
            channels, 1, conv.kernelSize(), ModelChoices.activation(model.outputActivation(), "model.output-activation")));
    layers.inputPreProcessor(index, new SequenceToBeat(1));
    layers.layer(
        index,
        new LossLayer.Builder(LossFunctions.LossFunction.MEAN_ABSOLUTE_ERROR).activation(Activation.IDENTITY).build());
  }

  /** Index of the layer whose activations are the code: the dense layer after the encoder's convolutions. */
  static int codeLayerIndex(ConvolutionalConfig conv) {
    return 2 * conv.filters().size();
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
