package org.ecgautoencoder.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A header's leads among its signals: those in units of voltage (EDF's annotation signals are never leads). */
final class LeadSignals {
  private LeadSignals() {}

  /** The positions of the signals that are leads, in file order. */
  static <S> int[] indexes(List<S> signals, Predicate<S> isLead) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      if (isLead.test(signals.get(i))) {
        indexes.add(i);
      }
    }
    return indexes.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The leads, in file order. */
  static <S> List<Lead> leads(List<S> signals, Predicate<S> isLead, Function<S, Lead> toLead) {
    List<Lead> leads = new ArrayList<>();
    for (int index : indexes(signals, isLead)) {
      leads.add(toLead.apply(signals.get(index)));
    }
    return leads;
  }
}
