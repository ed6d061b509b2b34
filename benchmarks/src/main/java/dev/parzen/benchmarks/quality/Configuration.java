package dev.parzen.benchmarks.quality;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.tpe.TpeOptions;
import java.util.List;

/**
 * A way of running Parzen that the harness measures: an algorithm and how many trials are in flight
 * at once. Every problem gets the same configurations; nothing is tuned per problem.
 *
 * @param name the row label
 * @param algorithm the algorithm
 * @param workers trials in flight; above 1, each suggestion sees the others as running (the tuning
 *     loop's behaviour with {@code parallelism(workers)}), and they finish in the order they were
 *     asked, which keeps runs reproducible
 */
public record Configuration(String name, Algorithm algorithm, int workers) {

  /** The name of random search's configuration. */
  public static final String RANDOM = "random";

  /** Validates the record. */
  public Configuration {
    if (workers < 1) {
      throw new IllegalArgumentException(
          "configuration %s has %d workers; use 1 or more".formatted(name, workers));
    }
  }

  /**
   * Random search; TPE's {@code defaults()} (Optuna's model with 48 candidates, joint kernels per
   * group of parameters); the {@code hyperopt()} and {@code optuna()} presets; the defaults with
   * one parameter at a time; the defaults with 4 and 8 trials in flight.
   */
  public static List<Configuration> standard() {
    Algorithm defaults = Algorithms.tpe();
    return List.of(
        new Configuration(RANDOM, Algorithms.random(), 1),
        new Configuration("TPE defaults()", defaults, 1),
        new Configuration("TPE hyperopt()", Algorithms.tpe(TpeOptions.hyperopt()), 1),
        new Configuration("TPE optuna()", Algorithms.tpe(TpeOptions.optuna()), 1),
        new Configuration(
            "TPE defaults(), univariate",
            Algorithms.tpe(TpeOptions.defaults().withMultivariate(TpeOptions.Multivariate.OFF)),
            1),
        new Configuration("TPE defaults(), p = 4", defaults, 4),
        new Configuration("TPE defaults(), p = 8", defaults, 8));
  }
}
