package org.ecgautoencoder.score;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatBatch;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scores a whole batch in one forward pass: normalise with the bundle's fitted normaliser, run the network,
 * take the per-row mean absolute error exactly as training's threshold did. One instance per Spark task
 * (networks are not thread-safe), built from the broadcast model.
 */
final class NetworkForwardPass implements BatchErrors {
  private final MultiLayerNetwork network;
  private final Normaliser normaliser;
  private final int segments;
  private final int latentLayer;
  private INDArray fullBatchFeatures;

  /**
   * @param segments K for per-segment errors, 0 for none
   * @param latentLayer index of the layer whose activations are the latent code, or -1 for none
   */
  NetworkForwardPass(ScoringModel model, int segments, int latentLayer) {
    this.network = model.network();
    this.normaliser = model.normaliser();
    this.segments = segments;
    this.latentLayer = latentLayer;
  }

  @Override
  public ScoredBatch score(BeatBatch batch) {
    int rows = batch.size();
    int width = batch.beatLength();
    float[] normalised = new float[rows * width];
    normaliser.applyInto(batch.samples(), 0, rows, normalised);
    INDArray features = featuresHolding(normalised, rows, width, batch.capacity());
    INDArray reconstruction;
    float[] latent = null;
    int latentWidth = 0;
    if (latentLayer >= 0) {
      // feedForward returns the input first, then every layer's activations.
      List<INDArray> activations = network.feedForward(features, false);
      reconstruction = activations.get(activations.size() - 1);
      INDArray code = activations.get(latentLayer + 1);
      latentWidth = (int) code.size(1);
      latent = code.dup('c').data().asFloat();
    } else {
      reconstruction = network.output(features, false);
    }
    double[] errors = ReconstructionErrors.meanAbsoluteError(reconstruction, features);
    float[] segmentErrors =
        segments > 0
            ? ReconstructionErrors.segmentMeanAbsoluteErrors(
                reconstruction.dup('c').data().asFloat(), normalised, rows, width, segments)
            : null;
    return new ScoredBatch(errors, segmentErrors, segments, latent, latentWidth);
  }

  /**
   * The batch as an ND4J matrix. Copied in bulk into native memory, reusing one matrix for full batches:
   * {@code Nd4j.create(float[], ...)} copies element by element, which cost more than the forward pass.
   */
  private INDArray featuresHolding(float[] normalised, int rows, int width, int capacity) {
    INDArray features;
    if (rows == capacity) {
      if (fullBatchFeatures == null) {
        fullBatchFeatures = Nd4j.create(DataType.FLOAT, rows, width);
      }
      features = fullBatchFeatures;
    } else {
      features = Nd4j.create(DataType.FLOAT, rows, width);
    }
    ((FloatPointer) features.data().addressPointer()).put(normalised, 0, rows * width);
    return features;
  }
}
