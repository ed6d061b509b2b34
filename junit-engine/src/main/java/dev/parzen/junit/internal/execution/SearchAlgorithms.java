package dev.parzen.junit.internal.execution;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.annotations.Search;

/** Maps {@code @Tune(algorithm)} to the runtime's algorithms. */
final class SearchAlgorithms {

  private SearchAlgorithms() {}

  /**
   * The algorithm for {@code search}. The runtime offers random search only so far; until it offers
   * TPE, the three TPE settings run random search, and reports name the algorithm that ran.
   */
  static Algorithm of(Search search) {
    return switch (search) {
      case TPE -> Algorithms.random();
      case TPE_HYPEROPT -> Algorithms.random();
      case TPE_OPTUNA -> Algorithms.random();
      case RANDOM -> Algorithms.random();
    };
  }
}
