package dev.parzen.junit.internal.execution;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.annotations.Search;
import dev.parzen.tpe.TpeOptions;

/** Maps {@code @Tune(algorithm)} to the runtime's algorithms. */
final class SearchAlgorithms {

  private SearchAlgorithms() {}

  /** The algorithm for {@code search}. */
  static Algorithm of(Search search) {
    return switch (search) {
      case TPE -> Algorithms.tpe();
      case TPE_HYPEROPT -> Algorithms.tpe(TpeOptions.hyperopt());
      case TPE_OPTUNA -> Algorithms.tpe(TpeOptions.optuna());
      case RANDOM -> Algorithms.random();
    };
  }
}
