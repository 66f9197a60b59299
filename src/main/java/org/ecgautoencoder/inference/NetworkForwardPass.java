package org.ecgautoencoder.inference;

import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatBatch;
import org.ecgautoencoder.config.VariationalScore;
import org.ecgautoencoder.data.BeatHash;
import org.ecgautoencoder.network.ModelCodes;
import org.ecgautoencoder.network.VariationalOutputLayer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scores a whole batch in one forward pass: normalise with the bundle's fitted normaliser, run the network,
 * take the per-row mean absolute error. Every path that scores beats (the threshold at training, evaluate,
 * score) goes through here. One instance per executor thread (networks are not thread-safe; ForwardPassCache
 * keeps each thread's for its next task), built from the broadcast model; its buffers are reused from batch to
 * batch.
 */
public final class NetworkForwardPass {
  private final MultiLayerNetwork network;
  private final Normaliser normaliser;
  private final int segments;
  private final int latentLayer;
  /** The dense stack as DL4J computes it, for dense networks without a sigmoid output; else null. */
  private final DenseStackInference denseStack;
  /** Normalises every batch; also finishes a dense stack's sigmoid output layer with the errors. */
  private final ScoringKernel kernel;
  /** The network on rows padded to {@link #stride}, up to the output product the kernel finishes; null unless fused. */
  private final DenseStackInference paddedStack;
  private final float[] outputBias;
  /** Positions per row in the buffers: the beat, then padding up to a multiple of the kernel's row block. */
  private final int stride;
  /** The variational layer when its score is the log-probability, else null (the MAE). */
  private final VariationalOutputLayer logProbability;
  private final int capacity;
  /** Row-major, {@code capacity x stride}: the batch normalised, then the network's reconstruction of it. */
  private float[] normalised;
  private float[] reconstructed;
  private INDArray fullBatchFeatures;

  /**
   * @param capacity rows of a full batch
   * @param segments K for per-segment errors, 0 for none
   * @param latentLayer index of the layer whose activations are the latent code, or -1 for none
   */
  public NetworkForwardPass(MultiLayerNetwork network, Normaliser normaliser, int capacity, int segments, int latentLayer) {
    this.network = network;
    this.normaliser = normaliser;
    this.segments = segments;
    this.latentLayer = latentLayer;
    this.capacity = capacity;
    DenseStackInference dense = DenseStackInference.forNetwork(network, capacity);
    boolean fusedOutput = dense != null && dense.hasSigmoidOutput();
    int width = normaliser.beatLength();
    this.stride = fusedOutput ? ScoringKernel.paddedWidth(width) : width;
    this.denseStack = fusedOutput ? null : dense;
    this.paddedStack = fusedOutput ? dense.withPaddedRows(stride) : null;
    this.kernel = ScoringKernels.fastest();
    this.outputBias = fusedOutput ? paddedStack.outputBias() : null;
    this.logProbability =
        network.getLayer(network.getnLayers() - 1).conf().getLayer() instanceof VariationalOutputLayer variational
                && variational.score() == VariationalScore.LOG_PROBABILITY
            ? variational
            : null;
  }

  /**
   * Which path scores this network, for the log: the fast dense path (with the fused vectorised sigmoid output
   * when the output layer is a sigmoid), or DL4J's own output() for networks that are not a chain of dense layers.
   */
  public static String describe(MultiLayerNetwork network) {
    DenseStackInference dense = DenseStackInference.forNetwork(network, 1);
    if (dense == null) {
      return "DL4J's output() (the network is not a chain of dense layers, or its score draws codes; slower)";
    }
    return dense.hasSigmoidOutput()
        ? "the fast dense path, its sigmoid output layer fused with the error (" + ScoringKernels.fastest().description() + ")"
        : "the fast dense path";
  }

  /** Positions per row of this pass's buffers for beats of {@code width} samples (at most: unpadded when not fused). */
  public static int rowStride(int width) {
    return ScoringKernel.paddedWidth(width);
  }

  /** Per beat, a seed from its samples: its log-probability draws are the same in any batch, archive and run. */
  private static long[] seeds(BeatBatch batch) {
    long[] seeds = new long[batch.size()];
    for (int row = 0; row < seeds.length; row++) {
      seeds[row] = BeatHash.of(batch.samples(), row * batch.beatLength(), batch.beatLength());
    }
    return seeds;
  }

  public ScoredBatch score(BeatBatch batch) {
    int rows = batch.size();
    int width = batch.beatLength();
    if (normalised == null) {
      normalised = new float[capacity * stride];
      reconstructed = new float[capacity * stride];
    }
    kernel.normalise(normaliser, batch.samples(), rows, normalised, stride);
    INDArray features = features(rows);
    INDArray code = null;
    double[] errors;
    if (paddedStack != null) {
      INDArray[] layers = paddedStack.activationsUpToOutputProduct(features);
      Matrices.rowMajorInto(layers[layers.length - 1], reconstructed);
      errors = kernel.reconstructAndMeasure(reconstructed, outputBias, normalised, rows, width, stride);
      code = latentLayer >= 0 ? layers[latentLayer] : null;
    } else {
      INDArray reconstruction;
      if (denseStack != null) {
        INDArray[] layers = denseStack.activations(features);
        reconstruction = layers[layers.length - 1];
        code = latentLayer >= 0 ? layers[latentLayer] : null;
      } else {
        reconstruction = network.output(features, false);
        code = latentLayer >= 0 ? ModelCodes.of(network, latentLayer, features) : null;
      }
      Matrices.rowMajorInto(reconstruction, reconstructed);
      errors =
          logProbability != null
              ? logProbability.negativeLogLikelihood(features, network.getLayer(network.getnLayers() - 1).paramTable(), seeds(batch))
              : ReconstructionErrors.meanAbsoluteErrors(reconstructed, normalised, rows, width, stride);
    }
    float[] segmentErrors =
        segments > 0
            ? ReconstructionErrors.segmentMeanAbsoluteErrors(reconstructed, normalised, rows, width, stride, segments)
            : null;
    float[] latent = code == null ? null : Matrices.rowMajor(code);
    return new ScoredBatch(errors, segmentErrors, segments, latent, code == null ? 0 : (int) code.size(1));
  }

  /**
   * Row {@code row} of the last scored batch as {normalised beat, reconstruction}: copies out of the buffers,
   * which the next batch overwrites.
   */
  public float[][] beatAndReconstruction(int row, int width) {
    int start = row * stride;
    return new float[][] {Arrays.copyOfRange(normalised, start, start + width), reconstruction(row, width)};
  }

  /** Row {@code row} of the last scored batch's reconstruction (normalised units), copied out of the buffer. */
  public float[] reconstruction(int row, int width) {
    int start = row * stride;
    return Arrays.copyOfRange(reconstructed, start, start + width);
  }

  /**
   * The normalised batch as a row-major ND4J matrix of {@code rows x stride}, the padding included (the
   * padded network's first layer has zero weights for it); full batches reuse one matrix.
   */
  private INDArray features(int rows) {
    INDArray features;
    if (rows == capacity) {
      if (fullBatchFeatures == null) {
        fullBatchFeatures = Nd4j.create(DataType.FLOAT, new long[] {rows, stride}, 'c');
      }
      features = fullBatchFeatures;
    } else {
      features = Nd4j.create(DataType.FLOAT, new long[] {rows, stride}, 'c');
    }
    Matrices.fill(features, normalised, rows, stride);
    return features;
  }
}
