package org.ecgautoencoder.config;

import java.io.Serializable;

/** @param sparkMaster used only when spark-submit has not set a master */
public record RuntimeConfig(String sparkMaster, String appName) implements Serializable {
  public RuntimeConfig {
    ConfigChecks.check(!sparkMaster.isBlank(), "runtime.spark-master", "\"\"", "a Spark master URL such as local[*]");
    ConfigChecks.check(!appName.isBlank(), "runtime.app-name", "\"\"", "a non-empty name");
  }
}
