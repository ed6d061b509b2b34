package dev.parzen.tpe.bench;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.tpe.TpeOptions;
import java.io.PrintStream;
import java.util.List;

/**
 * Simulated parallel tuning: {@code p} suggestions stay pending (passed to TPE as RUNNING trials)
 * and finish in the order they were made. Prints the median best loss at the full budget for random
 * search, serial TPE, and TPE with 4 and 8 workers, with and without the pending trials.
 */
public final class ParallelReport {

  private final int seeds;
  private final PrintStream out;

  /** A report over seeds {@code 0..seeds-1} printed to {@code out}. */
  public ParallelReport(int seeds, PrintStream out) {
    this.seeds = seeds;
    this.out = out;
  }

  /** Runs {@code options} on every problem and prints a Markdown table. */
  public void run(List<BenchProblem> problems, TpeOptions options) {
    Algorithm tpe = Algorithms.tpe(options);
    Algorithm blind = Algorithms.tpe(options.withPending(TpeOptions.Pending.IGNORE));
    out.printf(
        "%n### Parallel TPE (%d seeds; median best loss at the full budget, success)%n%n", seeds);
    out.println("| problem | random | serial | p = 4 | p = 8 | p = 8, pending ignored |");
    out.println("|---|---|---|---|---|---|");
    for (BenchProblem p : problems) {
      out.printf(
          "| %s | %s | %s | %s | %s | %s |%n",
          p.name(),
          cell(Algorithms.random(), p, 1),
          cell(tpe, p, 1),
          cell(tpe, p, 4),
          cell(tpe, p, 8),
          cell(blind, p, 8));
    }
  }

  private String cell(Algorithm algorithm, BenchProblem p, int workers) {
    double[] best = new double[seeds];
    for (int s = 0; s < seeds; s++) {
      double[] trace = Runs.parallel(algorithm, p, s, workers);
      best[s] = trace[trace.length - 1];
    }
    Summary summary = Summary.of(best, p.target());
    return "%s (%.0f %%)".formatted(Stats.format(summary.median()), 100 * summary.success());
  }
}
