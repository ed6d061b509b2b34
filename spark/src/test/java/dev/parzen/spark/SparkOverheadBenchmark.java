package dev.parzen.spark;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.DoubleObjective;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.TrialExecutor;
import dev.parzen.TrialExecutors;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Measures what Spark adds to a trial, on {@code local[2]} (or the master given as the first
 * argument, e.g. {@code local-cluster[2,1,1024]} with {@code SPARK_HOME} and {@code
 * SPARK_SCALA_VERSION} set as in the module's Surefire configuration): the per-trial overhead of a
 * trivial objective compared with the thread executor, the latency of a plain Spark job for scale,
 * and the wall time of 40 trials of 200 ms at parallelism 2, where the ideal is 4 s.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -q -B -pl spark -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/cp.txt) \
 *     dev.parzen.spark.SparkOverheadBenchmark
 * </pre>
 */
public final class SparkOverheadBenchmark {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();
  private static final int TRIVIAL_TRIALS = 400;

  private SparkOverheadBenchmark() {}

  /** Prints the figures. */
  public static void main(String[] args) {
    String master = args.length > 0 ? args[0] : "local[2]";
    try (SparkExecutor spark = SparkExecutor.builder().master(master).appName("overhead").build()) {
      JavaSparkContext jsc = spark.context();
      trivial(TrialExecutors.threads(2), 2, 200); // warm-up
      trivial(spark, 2, 200);
      for (int parallelism : new int[] {1, 2}) {
        double threads = trivial(TrialExecutors.threads(2), parallelism, TRIVIAL_TRIALS);
        double onSpark = trivial(spark, parallelism, TRIVIAL_TRIALS);
        System.out.printf(
            Locale.ROOT,
            "trivial objective, %d trials, parallelism %d: threads %.2f ms/trial, Spark %s"
                + " %.2f ms/trial, overhead %.2f ms/trial%n",
            TRIVIAL_TRIALS,
            parallelism,
            threads,
            master,
            onSpark,
            onSpark - threads);
      }
      long b0 = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        jsc.parallelize(java.util.List.of(i), 1).collect();
      }
      System.out.printf(
          Locale.ROOT,
          "plain Spark job parallelize(1 element).collect(): %.2f ms%n",
          (System.nanoTime() - b0) / 1e6 / 200);
      long t0 = System.nanoTime();
      Parzen.minimize(SPACE, sleeping(200))
          .maxEvals(40)
          .parallelism(2)
          .seed(1)
          .executor(spark)
          .discoverListeners(false)
          .run();
      System.out.printf(
          Locale.ROOT,
          "40 trials x 200 ms, parallelism 2, default algorithm, Spark %s: %.2f s (ideal 4.00 s)%n",
          master,
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /** Milliseconds per trial of a run of {@code trials} trivial trials. */
  private static double trivial(TrialExecutor executor, int parallelism, int trials) {
    long t0 = System.nanoTime();
    Parzen.minimize(SPACE, p -> p.getDouble("x"))
        .algorithm(Algorithms.random())
        .maxEvals(trials)
        .parallelism(parallelism)
        .seed(1)
        .executor(executor)
        .discoverListeners(false)
        .run();
    if (!(executor instanceof SparkExecutor)) {
      executor.close();
    }
    return (System.nanoTime() - t0) / 1e6 / trials;
  }

  private static DoubleObjective<Assignment> sleeping(long millis) {
    return p -> {
      Thread.sleep(millis);
      return p.getDouble("x");
    };
  }
}
