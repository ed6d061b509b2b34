package dev.parzen.spark.internal;

import dev.parzen.spark.ClasspathShipping;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * Creates (or joins) the JVM's Spark context for a master URL, with the settings tuning needs: no
 * retried tasks, no web UI, loopback addresses when everything runs on this machine, and the class
 * path shipped to executors.
 */
public final class ContextFactory {

  private static final String OWNER = "spark.parzen.owner";

  private ContextFactory() {}

  /**
   * The context: a new one when the JVM has none running (then {@code owned} is true and the caller
   * stops it), otherwise the running one, whose settings stay as they are.
   *
   * @param master the master URL
   * @param appName the application name
   * @param settings Spark settings that override Parzen's defaults
   * @param shipping how executors get the class path
   */
  public static Created create(
      String master, String appName, Map<String, String> settings, ClasspathShipping shipping) {
    String owner = UUID.randomUUID().toString();
    SparkConf conf = new SparkConf().setMaster(master).setAppName(appName).set(OWNER, owner);
    settings.forEach(conf::set);
    // Failures of objectives come back as results; a failed task is infrastructure, and
    // re-running the objective for it would double-count a trial.
    conf.setIfMissing("spark.task.maxFailures", "1");
    conf.setIfMissing("spark.ui.enabled", "false");
    if (onThisMachine(master)) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    ExecutorClasspath.apply(conf, master, shipping);
    SparkContext sc = SparkContext.getOrCreate(conf);
    return new Created(sc, owner.equals(sc.getConf().get(OWNER, "")));
  }

  static boolean onThisMachine(String master) {
    return master.startsWith("local")
        || master.startsWith("spark://127.0.0.1:")
        || master.startsWith("spark://localhost:");
  }

  /**
   * A context and whether this call created it.
   *
   * @param context the context
   * @param owned true when the caller created it and must stop it
   */
  public record Created(SparkContext context, boolean owned) {}
}
