package org.ecgautoencoder.model;

import java.io.Serializable;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.ecgautoencoder.data.Normaliser;
import org.ecgautoencoder.io.BeatRecord;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What executors need to score beats, in a form that broadcasts cheaply and safely: the network's JSON
 * configuration and flat float parameters (no Java serialisation of ND4J objects), plus the normaliser.
 */
public record ScoringModel(String networkJson, float[] parameters, Normaliser normaliser) implements Serializable {

  public static ScoringModel of(MultiLayerNetwork network, Normaliser normaliser) {
    return new ScoringModel(
        network.getLayerWiseConfigurations().toJson(), network.params().toFloatVector(), normaliser);
  }

  /** Rebuilds the network: on executors once per thread and model (ForwardPassCache), on the driver per call. */
  public MultiLayerNetwork network() {
    MultiLayerNetwork network = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(networkJson));
    network.init(Nd4j.create(parameters, new long[] {1, parameters.length}, 'c'), false);
    return network;
  }

  /** This model broadcast, for one or more {@link #reconstructionErrors} passes (each executor thread then keeps
   * one network for all of them: ForwardPassCache keys on the broadcast value). */
  public Broadcast<ScoringModel> broadcast(JavaSparkContext sc) {
    return sc.broadcast(this);
  }

  /**
   * The beats' reconstruction errors, computed where the beats live through the same forward pass as
   * {@link AutoencoderModel#transform}, in the RDD's order (one partition of errors per partition of beats).
   */
  public static JavaRDD<Double> reconstructionErrors(
      Broadcast<ScoringModel> model, JavaRDD<BeatRecord> beats, int batchSize) {
    return beats.mapPartitions(new RecordErrorsTask(model, batchSize));
  }

  public int beatLength() {
    return normaliser.beatLength();
  }
}
