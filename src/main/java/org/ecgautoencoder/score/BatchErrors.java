package org.ecgautoencoder.score;

import org.ecgautoencoder.io.BeatBatch;

/** Computes the reconstruction errors of a batch: through the network, or (for the I/O baseline) not at all. */
interface BatchErrors {
  ScoredBatch score(BeatBatch batch);
}
