package dev.parzen.tpe.bench;

import dev.parzen.Algorithm;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.TrialStatus;
import dev.parzen.internal.Rngs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Plain optimisation loops (suggest, evaluate, append) for benchmarks and quality tests, serial or
 * with simulated parallel workers. Suggestion {@code i} of a run with seed {@code s} gets the seed
 * {@code Rngs.derive(s, i, 0)}.
 */
public final class Runs {

  private Runs() {}

  /** The best loss after each evaluation of one serial run. */
  public static double[] serial(Algorithm algorithm, BenchProblem problem, long seed) {
    return parallel(algorithm, problem, seed, 1);
  }

  /**
   * The best loss after each evaluation of a run with {@code workers} evaluations in flight: the
   * algorithm suggests while fewer than {@code workers} trials are pending, seeing them as RUNNING;
   * pending trials finish in the order they were suggested.
   */
  public static double[] parallel(
      Algorithm algorithm, BenchProblem problem, long seed, int workers) {
    int budget = problem.budget();
    List<Observation> finished = new ArrayList<>(budget);
    Deque<Observation> pending = new ArrayDeque<>();
    double[] best = new double[budget];
    double bestSoFar = Double.POSITIVE_INFINITY;
    int next = 0;
    for (int done = 0; done < budget; done++) {
      while (pending.size() < workers && next < budget) {
        List<Observation> history = new ArrayList<>(finished);
        history.addAll(pending);
        Assignment a = algorithm.suggest(problem.space(), history, Rngs.derive(seed, next, 0));
        pending.addLast(new Observation(next++, a, TrialStatus.RUNNING, Double.NaN));
      }
      Observation running = pending.removeFirst();
      double loss = problem.evaluate(running.assignment());
      finished.add(new Observation(running.number(), running.assignment(), TrialStatus.OK, loss));
      bestSoFar = Math.min(bestSoFar, loss);
      best[done] = bestSoFar;
    }
    return best;
  }
}
