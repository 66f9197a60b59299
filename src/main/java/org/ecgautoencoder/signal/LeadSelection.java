package org.ecgautoencoder.signal;

import java.util.Arrays;

/** Checks the caller's choice of leads to keep: indexes into the recording's leads, each at most once. */
final class LeadSelection {
  private LeadSelection() {}

  static int[] checked(int[] wantedLeads, int leadCount, String recordName, String leadNames) {
    if (wantedLeads == null) {
      throw new IllegalArgumentException("wantedLeads for record " + recordName + " must not be null; pass new int[0] to keep none");
    }
    boolean[] seen = new boolean[leadCount];
    for (int lead : wantedLeads) {
      if (lead < 0 || lead >= leadCount) {
        throw new IllegalArgumentException(
            "record " + recordName + " has " + leadCount + " leads (" + leadNames + "); wanted lead " + lead
                + " is not among them");
      }
      if (seen[lead]) {
        throw new IllegalArgumentException(
            "record " + recordName + ": lead " + lead + " is wanted twice in " + Arrays.toString(wantedLeads));
      }
      seen[lead] = true;
    }
    return wantedLeads.clone();
  }
}
