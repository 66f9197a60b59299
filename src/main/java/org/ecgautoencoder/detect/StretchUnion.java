package org.ecgautoencoder.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Combines saturated and flat stretches into one sorted, non-overlapping list, saturation taking precedence. */
final class StretchUnion {
  private StretchUnion() {}

  /** Both lists sorted and each non-overlapping; the flat stretches lose what the saturated ones cover. */
  static List<UnscorableStretches.Stretch> saturatedOverFlat(
      List<UnscorableStretches.Stretch> saturated, List<UnscorableStretches.Stretch> flat) {
    List<UnscorableStretches.Stretch> pieces = new ArrayList<>(saturated);
    int s = 0;
    for (UnscorableStretches.Stretch stretch : flat) {
      int start = stretch.start();
      while (s < saturated.size() && saturated.get(s).end() <= start) {
        s++;
      }
      for (int k = s; k < saturated.size() && saturated.get(k).start() < stretch.end(); k++) {
        UnscorableStretches.Stretch cut = saturated.get(k);
        if (cut.start() > start) {
          pieces.add(new UnscorableStretches.Stretch(start, cut.start(), stretch.reason()));
        }
        start = Math.max(start, cut.end());
      }
      if (start < stretch.end()) {
        pieces.add(new UnscorableStretches.Stretch(start, stretch.end(), stretch.reason()));
      }
    }
    pieces.sort(Comparator.comparingInt(UnscorableStretches.Stretch::start));
    return mergeTouching(pieces);
  }

  private static List<UnscorableStretches.Stretch> mergeTouching(List<UnscorableStretches.Stretch> sorted) {
    List<UnscorableStretches.Stretch> merged = new ArrayList<>();
    for (UnscorableStretches.Stretch next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).reason() == next.reason() && merged.get(last).end() >= next.start()) {
        UnscorableStretches.Stretch previous = merged.get(last);
        merged.set(last, new UnscorableStretches.Stretch(
            previous.start(), Math.max(previous.end(), next.end()), previous.reason()));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }
}
