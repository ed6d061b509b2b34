package dev.parzen.benchmarks.quality;

import dev.parzen.tpe.bench.BenchProblem;
import dev.parzen.tpe.bench.Runs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every configuration reached on one problem: per configuration, checkpoint and seed, the best
 * loss so far.
 *
 * @param problem the problem
 * @param seeds how many seeds each configuration ran ({@code 0 .. seeds - 1})
 * @param best per configuration name (in run order), {@code [checkpoint][seed]} best losses
 */
public record ProblemOutcome(BenchProblem problem, int seeds, Map<String, double[][]> best) {

  /** Runs every configuration on {@code problem} with seeds {@code 0 .. seeds - 1}. */
  public static ProblemOutcome run(BenchProblem problem, List<Configuration> cs, int seeds) {
    Map<String, double[][]> best = new LinkedHashMap<>();
    for (Configuration c : cs) {
      best.put(c.name(), bestAtCheckpoints(problem, c, seeds));
    }
    return new ProblemOutcome(problem, seeds, best);
  }

  /** The summary of {@code configuration} at checkpoint {@code 0, 1, 2}. */
  public Summary summary(String configuration, int checkpoint) {
    return Summary.of(best.get(configuration)[checkpoint], problem.target());
  }

  /**
   * The rank test of {@code configuration} against {@code anchor} at {@code checkpoint}, or {@code
   * null} when the anchors have no results there.
   */
  public RankTest test(String configuration, String anchor, int checkpoint) {
    double[] theirs = Anchors.perSeedBest(problem.name(), anchor, checkpoint);
    return theirs.length == 0 ? null : RankTest.of(best.get(configuration)[checkpoint], theirs);
  }

  private static double[][] bestAtCheckpoints(BenchProblem p, Configuration c, int seeds) {
    int[] cps = p.checkpoints();
    double[][] out = new double[cps.length][seeds];
    for (int s = 0; s < seeds; s++) {
      double[] trace = Runs.parallel(c.algorithm(), p, s, c.workers());
      for (int k = 0; k < cps.length; k++) {
        out[k][s] = trace[cps[k] - 1];
      }
    }
    return out;
  }
}
