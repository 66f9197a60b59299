package org.ecgautoencoder.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecgautoencoder.config.VariationalScore;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;
import org.nd4j.linalg.api.ops.random.custom.RandomNormal;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The variational autoencoder as one SameDiff layer (DL4J's own VariationalAutoencoder layer trains only by
 * layer-wise pretraining, which dl4j-spark's parameter averaging does not run). The encoder gives each beat
 * a Gaussian over the code, mean and log-variance; training decodes a sample drawn by the
 * reparameterisation z = mean + exp(logVar / 2) * eps, eps ~ N(0, I). The loss per beat is the negative
 * log-likelihood of the beat under a Laplace distribution of scale b around the decoded sample (the sum of
 * absolute errors over b, up to a constant: the MAE family of the other types) plus beta times
 * KL(N(mean, var) || N(0, I)).
 *
 * <p>The layer's activations, what scoring reads, decode the mean: deterministic, so a beat's error is the
 * reconstruction error of the mean.
 */
public final class VariationalOutputLayer extends AutoencoderOutputLayer {
  @JsonProperty private List<Integer> encoderLayers;
  @JsonProperty private int latentSize;
  @JsonProperty private List<Integer> decoderLayers;
  @JsonProperty private String hiddenActivation;
  @JsonProperty private String outputActivation;
  @JsonProperty private double beta;
  @JsonProperty private double reconstructionScale;
  @JsonProperty private VariationalScore score = VariationalScore.MEAN_RECONSTRUCTION;
  @JsonProperty private int scoreSamples = 1;

  private VariationalOutputLayer() {
    // for Jackson
  }

  VariationalOutputLayer(
      int beatLength, List<Integer> encoderLayers, int latentSize, List<Integer> decoderLayers,
      String hiddenActivation, String outputActivation, String weightInit, double beta, double reconstructionScale,
      VariationalScore score, int scoreSamples) {
    super(beatLength, weightInit);
    this.encoderLayers = List.copyOf(encoderLayers);
    this.latentSize = latentSize;
    this.decoderLayers = List.copyOf(decoderLayers);
    this.hiddenActivation = hiddenActivation;
    this.outputActivation = outputActivation;
    this.beta = beta;
    this.reconstructionScale = reconstructionScale;
    this.score = score;
    this.scoreSamples = scoreSamples;
  }

  public VariationalScore score() {
    return score;
  }

  /**
   * Per beat, -1/L sum_l log p(beat | z_l) with z_l drawn from the beat's code distribution: under the
   * Laplace likelihood, sum_i |beat_i - decoded_i| / b + n log(2b). Beat r's draws come from a generator
   * seeded with {@code seeds[r]}, so a beat scores the same in any batch.
   *
   * @param beats normalised, one per row
   */
  public double[] negativeLogLikelihood(INDArray beats, Map<String, INDArray> params, long[] seeds) {
    int rows = (int) beats.size(0);
    INDArray encoded = encoder().apply(beats, params);
    INDArray mean = meanHead().apply(encoded, params);
    INDArray std = Transforms.exp(logVarianceHead().apply(encoded, params).mul(0.5), false);
    float[] noise = new float[rows * scoreSamples * latentSize];
    for (int r = 0; r < rows; r++) {
      Random random = new Random(seeds[r]);
      for (int k = r * scoreSamples * latentSize; k < (r + 1) * scoreSamples * latentSize; k++) {
        noise[k] = (float) random.nextGaussian();
      }
    }
    // Row r * L + l is beat r's l-th draw: repeat() copies each row L times in place.
    INDArray codes =
        mean.repeat(0, scoreSamples)
            .addi(std.repeat(0, scoreSamples).muli(Nd4j.create(noise, new long[] {(long) rows * scoreSamples, latentSize}, 'c')));
    INDArray decoded = decoder().apply(codes, params);
    double[] absoluteErrors =
        Transforms.abs(decoded.subi(beats.repeat(0, scoreSamples)), false).sum(1).toDoubleVector();
    double constant = beatLength * Math.log(2 * reconstructionScale);
    double[] scores = new double[rows];
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      for (int l = 0; l < scoreSamples; l++) {
        sum += absoluteErrors[r * scoreSamples + l] / reconstructionScale + constant;
      }
      scores[r] = sum / scoreSamples;
    }
    return scores;
  }

  private SameDiffActivation hidden() {
    return SameDiffActivation.of(hiddenActivation, "model.hidden-activation");
  }

  SameDiffDenseStack encoder() {
    List<Integer> sizes = new ArrayList<>(List.of(beatLength));
    sizes.addAll(encoderLayers);
    return SameDiffDenseStack.of("enc", sizes, hidden(), hidden());
  }

  SameDiffDenseStack meanHead() {
    return head("mean");
  }

  SameDiffDenseStack logVarianceHead() {
    return head("logvar");
  }

  private SameDiffDenseStack head(String prefix) {
    return SameDiffDenseStack.of(
        prefix, List.of(encoderLayers.get(encoderLayers.size() - 1), latentSize), SameDiffActivation.IDENTITY,
        SameDiffActivation.IDENTITY);
  }

  SameDiffDenseStack decoder() {
    List<Integer> sizes = new ArrayList<>(List.of(latentSize));
    sizes.addAll(decoderLayers);
    sizes.add(beatLength);
    return SameDiffDenseStack.of(
        "dec", sizes, hidden(), SameDiffActivation.of(outputActivation, "model.output-activation"));
  }

  @Override
  List<SameDiffDenseStack> stacks() {
    return List.of(encoder(), meanHead(), logVarianceHead(), decoder());
  }

  /** The decoded code mean; the log-probability score draws codes, which no dense chain computes. */
  @Override
  List<SameDiffDenseStack> reconstructionPath() {
    return score == VariationalScore.LOG_PROBABILITY ? List.of() : List.of(encoder(), meanHead(), decoder());
  }

  /** The mean of each beat's code distribution. */
  @Override
  public INDArray code(INDArray beats, Map<String, INDArray> params) {
    return meanHead().apply(encoder().apply(beats, params), params);
  }

  /** Normalised beats decoded from codes: new beats from samples of N(0, I), or interpolations. */
  public INDArray decode(INDArray codes, Map<String, INDArray> params) {
    return decoder().apply(codes, params);
  }

  public int latentSize() {
    return latentSize;
  }

  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable beats, SDVariable labels, Map<String, SDVariable> params) {
    SDVariable encoded = encoder().forward(sd, beats, params).output();
    SDVariable mean = meanHead().forward(sd, encoded, params).output();
    SDVariable logVariance = logVarianceHead().forward(sd, encoded, params).output();
    SameDiffDenseStack decoder = decoder();
    named(sd, decoder.forward(sd, mean, params).output());

    SDVariable noise = new RandomNormal(sd, mean.shape(), 0, 1).outputVariable();
    SDVariable sample = mean.add(sd.math.exp(logVariance.mul(0.5)).mul(noise));
    SDVariable decodedSample = decoder.forward(sd, sample, params).output();
    SDVariable negativeLogLikelihood = sd.math.abs(decodedSample.sub(labels)).sum(1).div(reconstructionScale);
    return loss(sd, negativeLogLikelihood.add(klDivergence(mean, logVariance).mul(beta)).sum());
  }

  /** Per beat, KL(N(mean, exp(logVariance)) || N(0, I)) = -1/2 sum(1 + logVar - mean^2 - exp(logVar)). */
  static SDVariable klDivergence(SDVariable mean, SDVariable logVariance) {
    SameDiff sd = mean.getSameDiff();
    return logVariance.add(1.0).sub(mean.mul(mean)).sub(sd.math.exp(logVariance)).sum(1).mul(-0.5);
  }
}
