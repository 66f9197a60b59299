package org.ecgautoencoder.model;

import org.ecgautoencoder.inference.NetworkForwardPass;

/**
 * Keeps each executor thread's last {@link NetworkForwardPass}, so consecutive tasks of a run on the same
 * thread reuse its network and buffers instead of rebuilding them per task (networks are not thread-safe,
 * hence one per thread). The key is the broadcast model object itself, which Spark deserialises once per
 * executor, plus the pass's settings; one entry per thread bounds what stays alive after a run.
 */
final class ForwardPassCache {
  private record Key(ScoringModel model, int capacity, int segments, int latentLayer) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && model == that.model
          && capacity == that.capacity
          && segments == that.segments
          && latentLayer == that.latentLayer;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(model) * 31 + capacity * 17 + segments * 7 + latentLayer;
    }
  }

  private record Entry(Key key, NetworkForwardPass pass) {}

  private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

  private ForwardPassCache() {}

  static NetworkForwardPass forThisThread(ScoringModel model, int capacity, int segments, int latentLayer) {
    Key key = new Key(model, capacity, segments, latentLayer);
    Entry last = LAST.get();
    if (last != null && last.key().equals(key)) {
      return last.pass();
    }
    NetworkForwardPass pass = new NetworkForwardPass(model.network(), model.normaliser(), capacity, segments, latentLayer);
    LAST.set(new Entry(key, pass));
    return pass;
  }
}
