package org.ecgautoencoder.train;

/** Whether a training continues from its checkpoints. */
public enum TrainingStartMode {
  /** From the first epoch; an earlier run's checkpoints in the folder are deleted first. */
  FRESH,
  /** From the newest complete checkpoint (train --resume), or from the first epoch when there is none. */
  RESUME
}
