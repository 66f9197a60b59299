package org.ecgautoencoder.config;

import java.io.Serializable;

/** The whole resolved configuration of a run; immutable, validated when built. */
public record EcgConfig(
    InputConfig input,
    SplitConfig split,
    NormalisationMethod normalisation,
    ModelConfig model,
    TrainConfig train,
    ThresholdConfig threshold,
    EvaluateConfig evaluate,
    ScoreConfig score,
    RuntimeConfig runtime)
    implements Serializable {}
