package org.ecgautoencoder.recording;

import java.util.Arrays;
import java.util.List;
import org.ecgautoencoder.detect.UnscorableStretches;

/**
 * The detected R-peaks outside the stretches where the lead is off (flat, saturated or clipped: whatever the
 * detector found there is not a beat), and for each whether an unscorable stretch separates it from the one
 * before, so its previous RR interval is unknown.
 */
record ScorablePeaks(int[] rPeaks, boolean[] brokenBefore) {
  /** @param unscorable stretches in sample order, not overlapping (as {@link UnscorableStretches#find} gives them) */
  static ScorablePeaks of(int[] detected, UnscorableStretches unscorable) {
    List<UnscorableStretches.Stretch> stretches = unscorable.stretches();
    int[] kept = new int[detected.length];
    boolean[] broken = new boolean[detected.length];
    int n = 0;
    int next = 0; // the first stretch not wholly before the current peak
    boolean stretchSincePrevious = false;
    for (int peak : detected) {
      while (next < stretches.size() && stretches.get(next).end() <= peak) {
        next++;
        stretchSincePrevious = true;
      }
      if (next < stretches.size() && stretches.get(next).start() <= peak) {
        stretchSincePrevious = true;
        continue;
      }
      broken[n] = n > 0 && stretchSincePrevious;
      kept[n++] = peak;
      stretchSincePrevious = false;
    }
    return new ScorablePeaks(Arrays.copyOf(kept, n), Arrays.copyOf(broken, n));
  }
}
