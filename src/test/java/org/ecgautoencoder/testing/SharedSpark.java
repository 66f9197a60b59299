package org.ecgautoencoder.testing;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local[2] SparkSession shared by every Spark test in the JVM (UI off, bound to 127.0.0.1, scratch under
 * target/), stopped once when the test run ends.
 */
public final class SharedSpark implements BeforeAllCallback {
  private static SparkSession session;

  @Override
  public void beforeAll(ExtensionContext context) {
    session(); // fail early, in the class that needs it, if Spark cannot start
  }

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("ecg-autoencoder-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.local.dir", TestPaths.scratch("spark").toString())
              .config("spark.hadoop.hadoop.tmp.dir", TestPaths.scratch("hadoop").toString())
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
    }
    return session;
  }

  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }

  public static Path exportScratch() {
    return TestPaths.scratch("dl4j-export");
  }
}
