package org.ecgautoencoder.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecgautoencoder.config.SparsityPenalty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The loss terms DL4J has no built-in for, against values computed another way, in double precision. */
class PenaltyTermsTest {
  private static final int BEATS = 4;
  private static final int SAMPLES = 6;

  @ParameterizedTest
  @ValueSource(strings = {"tanh", "sigmoid", "identity"})
  void contractivePenaltyIsTheSquaredNormOfTheFiniteDifferenceJacobian(String activation) {
    SameDiffActivation f = SameDiffActivation.of(activation, "test");
    SameDiffDenseStack encoder = new SameDiffDenseStack("enc", List.of(SAMPLES, 5, 3), List.of(f, f));
    Nd4j.getRandom().setSeed(7);
    SameDiff sd = SameDiff.create();
    SDVariable x = sd.placeHolder("x", DataType.DOUBLE, -1, SAMPLES);
    Map<String, SDVariable> params = new HashMap<>();
    for (int l = 0; l < encoder.layers(); l++) {
      params.put(encoder.weight(l), sd.var(encoder.weight(l), Nd4j.randn(DataType.DOUBLE, encoder.sizes().get(l), encoder.sizes().get(l + 1))));
      params.put(encoder.bias(l), sd.var(encoder.bias(l), Nd4j.randn(DataType.DOUBLE, 1, encoder.sizes().get(l + 1)).muli(0.1)));
    }
    SameDiffDenseStack.Forward encoded = encoder.forward(sd, x, params);
    SDVariable code = sd.identity("code", encoded.output());
    SDVariable norms = sd.identity("norms", ContractiveOutputLayer.squaredJacobianNorms(sd, encoder, encoded, params));
    INDArray beats = Nd4j.randn(DataType.DOUBLE, BEATS, SAMPLES);

    double[] penalty = sd.output(Map.of("x", beats), "norms").get("norms").toDoubleVector();

    double h = 1e-6;
    for (int b = 0; b < BEATS; b++) {
      double squaredNorm = 0;
      for (int i = 0; i < SAMPLES; i++) {
        INDArray up = beats.dup();
        INDArray down = beats.dup();
        up.putScalar(b, i, beats.getDouble(b, i) + h);
        down.putScalar(b, i, beats.getDouble(b, i) - h);
        INDArray codeUp = sd.output(Map.of("x", up), "code").get("code").getRow(b);
        INDArray codeDown = sd.output(Map.of("x", down), "code").get("code").getRow(b);
        INDArray column = codeUp.sub(codeDown).divi(2 * h);
        squaredNorm += column.mul(column).sumNumber().doubleValue();
      }
      assertThat(penalty[b]).as("beat %d", b).isCloseTo(squaredNorm, within(1e-6 * Math.max(1, squaredNorm)));
    }
    assertThat(code).isNotNull();
  }

  @Test
  void variationalKlTermMatchesTheClosedFormComputedByHand() {
    double[][] mean = {{0.5, -1.0, 0.0}, {2.0, 0.1, -0.3}};
    double[][] logVar = {{0.0, -0.5, 1.0}, {0.2, -2.0, 0.3}};
    SameDiff sd = SameDiff.create();
    SDVariable kl =
        VariationalOutputLayer.klDivergence(sd.constant(Nd4j.createFromArray(mean)), sd.constant(Nd4j.createFromArray(logVar)));

    double[] values = kl.eval().toDoubleVector();

    for (int row = 0; row < 2; row++) {
      double expected = 0;
      for (int j = 0; j < 3; j++) {
        // KL(N(m, s^2) || N(0, 1)) = (s^2 + m^2 - 1 - ln s^2) / 2 per dimension.
        double variance = Math.exp(logVar[row][j]);
        expected += (variance + mean[row][j] * mean[row][j] - 1 - logVar[row][j]) / 2;
      }
      assertThat(values[row]).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void sparsityPenaltiesByHand() {
    double[][] code = {{0.1, 0.3}, {0.5, 0.1}};
    SameDiff sd = SameDiff.create();
    SDVariable codes = sd.constant(Nd4j.createFromArray(code));

    double l1 = SparseCodeOutputLayer.sparsityPenalty(sd, codes, SparsityPenalty.L1, 0.05).eval().getDouble(0);
    double kl = SparseCodeOutputLayer.sparsityPenalty(sd, codes, SparsityPenalty.KL, 0.05).eval().getDouble(0);

    // L1: mean |h| per beat, summed over beats: (0.2 + 0.3).
    assertThat(l1).isCloseTo(0.5, within(1e-12));
    // KL: unit means 0.3 and 0.2; sum_j KL(0.05 || mean_j), counted once per beat (x 2).
    double expected = 0;
    for (double rho : new double[] {0.3, 0.2}) {
      expected += 0.05 * Math.log(0.05 / rho) + 0.95 * Math.log(0.95 / (1 - rho));
    }
    assertThat(kl).isCloseTo(2 * expected, within(1e-12));
  }
}
