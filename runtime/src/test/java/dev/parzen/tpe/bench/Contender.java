package dev.parzen.tpe.bench;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.tpe.TpeOptions;
import java.util.List;

/**
 * An algorithm under benchmark, with the name the report shows.
 *
 * @param name the row label
 * @param algorithm the algorithm
 */
public record Contender(String name, Algorithm algorithm) {

  /** Random search and the TPE presets, the default last. */
  public static List<Contender> standard() {
    return List.of(
        new Contender("Parzen random", Algorithms.random()),
        new Contender("Parzen TPE hyperopt()", Algorithms.tpe(TpeOptions.hyperopt())),
        new Contender("Parzen TPE optuna()", Algorithms.tpe(TpeOptions.optuna())),
        new Contender("Parzen TPE defaults()", Algorithms.tpe()));
  }
}
