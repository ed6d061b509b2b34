package dev.parzen.tpe.bench;

import dev.parzen.Algorithm;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.TrialStatus;
import dev.parzen.internal.Rngs;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times suggestions on the 10-dimensional sphere: serial runs of 1,010 trials, the mean time of the
 * ten suggestions made with 100, 500 and 1,000 finished trials (as the reference measured it),
 * wall-clock and thread CPU time, averaged over five seeds after one warm-up run.
 */
public final class LatencyReport {

  private static final int[] SIZES = {100, 500, 1000};
  private static final int WINDOW = 10;
  private static final int SEEDS = 5;

  private final PrintStream out;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** A report printed to {@code out}. */
  public LatencyReport(PrintStream out) {
    this.out = out;
  }

  /** Times every contender and prints a Markdown table. */
  public void run(List<Contender> contenders) {
    BenchProblem sphere = BenchProblems.timing();
    out.printf("%n### Suggestion latency on sphere10 (ms per suggestion, wall / CPU)%n%n");
    out.println("| optimizer | 100 trials | 500 trials | 1000 trials |");
    out.println("|---|---|---|---|");
    for (Contender c : contenders) {
      times(c.algorithm(), sphere, 99);
      double[][] sum = new double[2][SIZES.length];
      for (int seed = 0; seed < SEEDS; seed++) {
        double[][] t = times(c.algorithm(), sphere, seed);
        for (int k = 0; k < SIZES.length; k++) {
          sum[0][k] += t[0][k] / SEEDS;
          sum[1][k] += t[1][k] / SEEDS;
        }
      }
      out.printf(
          "| %s | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f |%n",
          c.name(), sum[0][0], sum[1][0], sum[0][1], sum[1][1], sum[0][2], sum[1][2]);
    }
    for (String anchor : List.of("hyperopt_tpe", "optuna_tpe", "optuna_tpe_mv")) {
      out.printf(
          "| anchor %s | %.2f | %.2f | %.2f |%n",
          anchor,
          Anchors.latencyMillis(anchor, 100),
          Anchors.latencyMillis(anchor, 500),
          Anchors.latencyMillis(anchor, 1000));
    }
  }

  /** Per size, the mean wall ([0]) and CPU ([1]) milliseconds of the window's suggestions. */
  private double[][] times(Algorithm algorithm, BenchProblem p, long seed) {
    List<Observation> history = new ArrayList<>();
    double[][] t = new double[2][SIZES.length];
    int last = SIZES[SIZES.length - 1] + WINDOW;
    for (int i = 0; i < last; i++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      Assignment a = algorithm.suggest(p.space(), history, Rngs.derive(seed, i, 0));
      double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      double wallMs = (System.nanoTime() - wall) / 1e6;
      for (int k = 0; k < SIZES.length; k++) {
        if (i >= SIZES[k] && i < SIZES[k] + WINDOW) {
          t[0][k] += wallMs / WINDOW;
          t[1][k] += cpuMs / WINDOW;
        }
      }
      history.add(new Observation(i, a, TrialStatus.OK, p.evaluate(a)));
    }
    return t;
  }
}
