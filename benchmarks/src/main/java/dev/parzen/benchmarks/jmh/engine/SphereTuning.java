package dev.parzen.benchmarks.jmh.engine;

import dev.parzen.annotations.Search;
import dev.parzen.annotations.Tune;
import dev.parzen.benchmarks.jmh.TuningOverheadBenchmark;

/**
 * The tuning that the engine overhead benchmark runs: random search over {@link Point10} for
 * {@value TuningOverheadBenchmark#TRIALS} trials of a trivial objective.
 */
public class SphereTuning {

  /** The objective. */
  @Tune(maxEvals = TuningOverheadBenchmark.TRIALS, algorithm = Search.RANDOM, seed = 1)
  public double sphere(Point10 p) {
    return p.sphere();
  }
}
