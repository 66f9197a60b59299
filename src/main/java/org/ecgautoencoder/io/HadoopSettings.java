package org.ecgautoencoder.io;

import java.io.Serializable;
import java.util.HashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (credentials, filesystem implementations, codecs) in a form Spark can ship
 * to tasks; {@link Configuration} itself is not serialisable.
 */
public final class HadoopSettings implements Serializable {
  private final HashMap<String, String> settings = new HashMap<>();

  public HadoopSettings(Configuration conf) {
    conf.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
  }

  public Configuration toConfiguration() {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }
}
