package org.ecgautoencoder.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The union of all windows of a fixed length whose peak-to-peak is below a limit, in one pass: the window's
 * maximum and minimum come from monotonic queues of sample indices, so each sample is handled a bounded number
 * of times whatever the window's length.
 */
final class FlatStretchFinder {
  private final int window;
  private final double peakToPeakLimit;

  FlatStretchFinder(int window, double peakToPeakLimit) {
    this.window = window;
    this.peakToPeakLimit = peakToPeakLimit;
  }

  List<UnscorableStretches.Stretch> find(int[] samples) {
    List<UnscorableStretches.Stretch> found = new ArrayList<>();
    IndexQueue maxima = new IndexQueue(window + 1);
    IndexQueue minima = new IndexQueue(window + 1);
    int openStart = -1;
    int openEnd = -1;
    for (int j = 0; j < samples.length; j++) {
      while (!maxima.isEmpty() && samples[maxima.last()] <= samples[j]) {
        maxima.removeLast();
      }
      maxima.add(j);
      while (!minima.isEmpty() && samples[minima.last()] >= samples[j]) {
        minima.removeLast();
      }
      minima.add(j);
      int windowStart = j - window + 1;
      if (windowStart < 0) {
        continue;
      }
      while (maxima.first() < windowStart) {
        maxima.removeFirst();
      }
      while (minima.first() < windowStart) {
        minima.removeFirst();
      }
      if (samples[maxima.first()] - samples[minima.first()] < peakToPeakLimit) {
        if (openStart >= 0 && windowStart <= openEnd) {
          openEnd = j + 1;
        } else {
          if (openStart >= 0) {
            found.add(new UnscorableStretches.Stretch(openStart, openEnd, UnscorableStretches.Reason.FLAT));
          }
          openStart = windowStart;
          openEnd = j + 1;
        }
      }
    }
    if (openStart >= 0) {
      found.add(new UnscorableStretches.Stretch(openStart, openEnd, UnscorableStretches.Reason.FLAT));
    }
    return found;
  }

  /** A double-ended queue of ints on a fixed circular array. */
  private static final class IndexQueue {
    private final int[] items;
    private int head;
    private int size;

    IndexQueue(int capacity) {
      items = new int[capacity];
    }

    boolean isEmpty() {
      return size == 0;
    }

    int first() {
      return items[head];
    }

    int last() {
      return items[(head + size - 1) % items.length];
    }

    void add(int value) {
      items[(head + size) % items.length] = value;
      size++;
    }

    void removeFirst() {
      head = (head + 1) % items.length;
      size--;
    }

    void removeLast() {
      size--;
    }
  }
}
