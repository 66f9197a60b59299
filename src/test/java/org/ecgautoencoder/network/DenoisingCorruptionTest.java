package org.ecgautoencoder.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.ecgautoencoder.config.EcgConfig;
import org.ecgautoencoder.data.BatchBuilder;
import org.ecgautoencoder.testing.TestConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The denoising type corrupts its inputs in training only, and learns against the clean beat. */
class DenoisingCorruptionTest {

  private static MultiLayerNetwork denoising(String noise) {
    EcgConfig config =
        TestConfigs.reference(
            "model.type=denoising", "model.denoising.noise=" + noise, "model.denoising.std=0.5",
            "model.denoising.mask-fraction=0.5");
    return AutoencoderFactory.network(config.model(), config.train(), 140);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gaussian", "mask"})
  void scoringSeesCleanBeatsAndTrainingSeesCorruptedOnes(String noise) {
    MultiLayerNetwork network = denoising(noise);
    Nd4j.getRandom().setSeed(3);
    INDArray beats = Nd4j.rand(DataType.FLOAT, 64, 140);

    INDArray scored = network.output(beats, false);
    assertThat(network.output(beats, false)).as("inference is deterministic").isEqualTo(scored);
    INDArray trainingForward = network.output(beats, true);
    assertThat(trainingForward).as("the training forward pass is corrupted").isNotEqualTo(scored);
    assertThat(network.output(beats, false)).as("and leaves inference clean").isEqualTo(scored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gaussian", "mask"})
  void theLossComparesWithTheCleanBeat(String noise) {
    MultiLayerNetwork network = denoising(noise);
    INDArray beats = Nd4j.rand(DataType.FLOAT, 64, 140);
    INDArray clean = beats.dup();
    DataSet example = BatchBuilder.reconstructionDataSet(beats);

    network.fit(example);

    assertThat(example.getLabels()).isEqualTo(clean);
  }

  @Test
  void maskingZeroesAboutTheFractionAndKeepsTheRestUnscaled() {
    MaskingNoise masking = new MaskingNoise(0.3);
    INDArray input = Nd4j.rand(DataType.FLOAT, 200, 140).addi(1);
    INDArray output = Nd4j.createUninitialized(DataType.FLOAT, 200, 140);

    masking.applyDropout(input, output, 0, 0, LayerWorkspaceMgr.noWorkspaces());

    float[] in = input.data().asFloat();
    float[] out = output.data().asFloat();
    int zeroed = 0;
    for (int i = 0; i < in.length; i++) {
      if (out[i] == 0) {
        zeroed++;
      } else {
        assertThat(out[i]).isEqualTo(in[i]);
      }
    }
    assertThat(zeroed / (double) in.length).isCloseTo(0.3, within(0.02));

    INDArray gradient = Nd4j.ones(DataType.FLOAT, 200, 140);
    INDArray gradientIn = Nd4j.createUninitialized(DataType.FLOAT, 200, 140);
    masking.backprop(gradient, gradientIn, 0, 0);
    float[] back = gradientIn.data().asFloat();
    for (int i = 0; i < in.length; i++) {
      assertThat(back[i]).as("gradient flows only where the input was kept").isEqualTo(out[i] == 0 ? 0f : 1f);
    }
  }
}
