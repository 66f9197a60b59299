package org.ecgautoencoder.config;

import java.util.Locale;

/** How an enum value is spelt in configuration, bundles and metrics: lower case, dashed (BEST_F1 is best-f1). */
public final class EnumNames {
  private EnumNames() {}

  public static String dashed(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
