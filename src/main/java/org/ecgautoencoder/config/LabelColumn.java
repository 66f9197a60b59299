package org.ecgautoencoder.config;

/** Where a CSV row keeps its label: after the samples (ECG5000 as the tutorial has it), before them (UCR), or nowhere. */
public enum LabelColumn {
  LAST,
  FIRST,
  NONE
}
