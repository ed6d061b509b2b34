package dev.parzen.tpe.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every contender on every problem over a range of seeds and prints, per problem, a Markdown
 * table of best-so-far at 25, 50 and 100 % of the budget next to the reference results.
 */
public final class QualityReport {

  private final int firstSeed;
  private final int seeds;
  private final PrintStream out;

  /** A report over seeds {@code firstSeed .. firstSeed + seeds - 1} printed to {@code out}. */
  public QualityReport(int firstSeed, int seeds, PrintStream out) {
    this.firstSeed = firstSeed;
    this.seeds = seeds;
    this.out = out;
  }

  /**
   * Runs and prints; returns, per problem and contender, the summaries at the three checkpoints.
   */
  public Map<String, Map<String, Summary[]>> run(List<BenchProblem> problems, List<Contender> cs) {
    Map<String, Map<String, Summary[]>> all = new LinkedHashMap<>();
    for (BenchProblem p : problems) {
      Map<String, Summary[]> rows = new LinkedHashMap<>();
      for (Contender c : cs) {
        rows.put(c.name(), summaries(p, c));
      }
      all.put(p.name(), rows);
      print(p, rows);
    }
    printHeadline(all);
    return all;
  }

  /** The summaries at the three checkpoints of {@code c} on {@code p}. */
  public Summary[] summaries(BenchProblem p, Contender c) {
    int[] cps = p.checkpoints();
    double[][] best = new double[cps.length][seeds];
    for (int s = 0; s < seeds; s++) {
      double[] trace = Runs.serial(c.algorithm(), p, firstSeed + s);
      for (int k = 0; k < cps.length; k++) {
        best[k][s] = trace[cps[k] - 1];
      }
    }
    Summary[] out = new Summary[cps.length];
    for (int k = 0; k < cps.length; k++) {
      out[k] = Summary.of(best[k], p.target());
    }
    return out;
  }

  private void print(BenchProblem p, Map<String, Summary[]> rows) {
    int[] cps = p.checkpoints();
    out.printf(
        "%n### %s (budget %d, target ≤ %s, %d seeds)%n%n",
        p.name(), p.budget(), Stats.format(p.target()), seeds);
    out.printf(
        "| optimizer | %d evals | %d evals | %d evals | success |%n", cps[0], cps[1], cps[2]);
    out.println("|---|---|---|---|---|");
    rows.forEach((name, s) -> row(name, s));
    for (String anchor : Anchors.OPTIMIZERS) {
      Summary[] s = new Summary[3];
      for (int k = 0; k < 3; k++) {
        s[k] = Anchors.summary(p.name(), anchor, k);
      }
      if (s[2] != null) {
        row("anchor " + anchor, s);
      }
    }
  }

  private void row(String name, Summary[] s) {
    out.printf(
        "| %s | %s | %s | %s | %.0f %% |%n",
        name, s[0].cell(), s[1].cell(), s[2].cell(), 100 * s[2].success());
  }

  private void printHeadline(Map<String, Map<String, Summary[]>> all) {
    List<String> names = new ArrayList<>(all.values().iterator().next().keySet());
    String last = names.get(names.size() - 1);
    out.printf("%n### Median best loss at the full budget (success rate)%n%n| problem |");
    names.forEach(n -> out.printf(" %s |", n));
    Anchors.OPTIMIZERS.forEach(n -> out.printf(" anchor %s |", n));
    out.printf(" %s ≤ optuna_tpe? |%n|---|", last);
    names.forEach(n -> out.print("---|"));
    Anchors.OPTIMIZERS.forEach(n -> out.print("---|"));
    out.println("---|");
    all.forEach(
        (problem, rows) -> {
          out.printf("| %s |", problem);
          rows.values().forEach(s -> out.printf(" %s |", headline(s[2])));
          Anchors.OPTIMIZERS.forEach(
              a -> out.printf(" %s |", headline(Anchors.summary(problem, a, 2))));
          double ours = rows.get(last)[2].median();
          double optuna = Anchors.summary(problem, "optuna_tpe", 2).median();
          out.printf(" %s (%s vs %s) |%n", ours <= optuna ? "yes" : "no", ours, optuna);
        });
  }

  private static String headline(Summary s) {
    return s == null ? "–" : "%s (%.0f %%)".formatted(Stats.format(s.median()), 100 * s.success());
  }
}
