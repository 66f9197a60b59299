package org.ecgautoencoder.config;

import java.io.Serializable;
import java.util.regex.Pattern;

/** @param sparkMaster used only when spark-submit has not set a master */
public record RuntimeConfig(String sparkMaster, String appName) implements Serializable {
  /** The master URLs Spark 3.5 accepts (SparkContext.createTaskScheduler and its cluster managers), for messages. */
  public static final String ACCEPTED_MASTERS =
      "local, local[N], local[*], local[N,F], local-cluster[N,C,M], spark://HOST:PORT, yarn, k8s://URL, mesos://URL";
  // Spark's own SparkMasterRegex, plus the cluster managers' prefixes; anything else Spark only refuses once the
  // job has started (SparkException "Could not parse Master URL").
  private static final Pattern MASTER =
      Pattern.compile(
          "local(\\[\\s*([0-9]+|\\*)\\s*(,\\s*[0-9]+\\s*)?\\])?"
              + "|local-cluster\\[\\s*[0-9]+\\s*,\\s*[0-9]+\\s*,\\s*[0-9]+\\s*\\]"
              + "|yarn|(spark|k8s|mesos)://.+");

  public RuntimeConfig {
    ConfigChecks.check(isKnownMaster(sparkMaster), "runtime.spark-master", "\"" + sparkMaster + "\"", ACCEPTED_MASTERS);
    ConfigChecks.check(!appName.isBlank(), "runtime.app-name", "\"\"", "a non-empty name");
  }

  /** Whether Spark would start with this master URL (the --master option is checked with it too). */
  public static boolean isKnownMaster(String master) {
    return MASTER.matcher(master).matches();
  }
}
