package org.ecgautoencoder.inference;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.util.AccumulatorV2;

/**
 * The run's N beats with the largest error, with what the report draws of them, gathered from every task
 * through one accumulator: at most N beats per task travel to the driver, whatever the archive size. A
 * retried task may offer a beat twice; its record id and error keep it once.
 */
public final class WorstBeats extends AccumulatorV2<WorstBeats.Beat, List<WorstBeats.Beat>> {
  /** @param normalised and {@code reconstruction}: the beat as the network saw and rebuilt it */
  public record Beat(String recordId, double error, float[] normalised, float[] reconstruction) implements Serializable {}

  private static final Comparator<Beat> WORST_FIRST =
      Comparator.comparingDouble(Beat::error).reversed().thenComparing(Beat::recordId);

  private final int capacity;
  private final List<Beat> beats = new ArrayList<>();

  public WorstBeats(int capacity) {
    this.capacity = capacity;
  }

  /** Errors at or below this cannot enter: lets a task skip copying a beat it would only drop. */
  public double floor() {
    return beats.size() < capacity ? Double.NEGATIVE_INFINITY : beats.get(beats.size() - 1).error();
  }

  @Override
  public boolean isZero() {
    return beats.isEmpty();
  }

  @Override
  public WorstBeats copy() {
    WorstBeats copy = new WorstBeats(capacity);
    copy.beats.addAll(beats);
    return copy;
  }

  @Override
  public void reset() {
    beats.clear();
  }

  @Override
  public void add(Beat beat) {
    if (beat.error() <= floor() || beats.stream().anyMatch(b -> isSameBeat(b, beat))) {
      return;
    }
    beats.add(beat);
    beats.sort(WORST_FIRST);
    if (beats.size() > capacity) {
      beats.remove(beats.size() - 1);
    }
  }

  /**
   * A retried task offers the same beat again: the same record id and, computed the same way, the same error.
   * The id alone would not do: a recording's beats all share its record id.
   */
  private static boolean isSameBeat(Beat a, Beat b) {
    return a.recordId().equals(b.recordId()) && a.error() == b.error();
  }

  @Override
  public void merge(AccumulatorV2<Beat, List<Beat>> other) {
    other.value().forEach(this::add);
  }

  @Override
  public List<Beat> value() {
    return List.copyOf(beats);
  }
}
