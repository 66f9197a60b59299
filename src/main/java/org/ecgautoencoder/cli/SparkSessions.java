package org.ecgautoencoder.cli;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ecgautoencoder.config.RuntimeConfig;

/**
 * Builds the job's SparkSession. Under spark-submit the master and settings come from spark-submit; locally
 * the configured master is used and Spark's scratch folders go under the run's output folder.
 */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession create(RuntimeConfig runtime, String masterOverride, Path scratchDir) {
    SparkConf conf = new SparkConf(); // picks up spark.* system properties set by spark-submit
    conf.setMaster(master(runtime, masterOverride, conf));
    conf.setIfMissing("spark.app.name", runtime.appName());
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.local.dir", scratchDir.resolve("spark").toAbsolutePath().toString());
      conf.setIfMissing("spark.hadoop.hadoop.tmp.dir", scratchDir.resolve("hadoop").toAbsolutePath().toString());
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** The master the session gets: --master, else spark-submit's, else runtime.spark-master. */
  static String master(RuntimeConfig runtime, String masterOverride, SparkConf conf) {
    if (masterOverride != null) {
      return masterOverride;
    }
    return conf.contains("spark.master") ? conf.get("spark.master") : runtime.sparkMaster();
  }
}
