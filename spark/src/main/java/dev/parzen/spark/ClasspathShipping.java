package dev.parzen.spark;

/**
 * How a {@link SparkExecutor} that creates its own Spark context makes the tuning's classes (the
 * tuning class, its parameter types, Parzen itself) loadable in executor JVMs. Set with {@code
 * parzen.spark.classpath} or {@link SparkExecutor.Builder#classpath}.
 */
public enum ClasspathShipping {

  /**
   * Nothing in local mode; {@link #EXTRA_CLASS_PATH} when the executors run on this machine ({@code
   * local-cluster[…]}, {@code spark://127.0.0.1:…}, {@code spark://localhost:…}); {@link #JARS} for
   * any other cluster.
   */
  AUTO,

  /**
   * Puts the driver's class path on {@code spark.executor.extraClassPath}: nothing is copied, so
   * every path must exist on every executor machine (this machine, or a shared file system).
   */
  EXTRA_CLASS_PATH,

  /**
   * Adds the driver's class path to {@code spark.jars}, which executors download from the driver
   * once: class directories (such as {@code target/test-classes}) are packed into temporary jars,
   * and the jars every Spark distribution has ({@code spark-*}, {@code scala-*}, {@code
   * hadoop-client-*}, {@code rocksdbjni-*}, {@code icu4j-*}) are left out.
   */
  JARS,

  /** Ships nothing: the application manages {@code spark.jars} or an assembly jar itself. */
  NONE
}
