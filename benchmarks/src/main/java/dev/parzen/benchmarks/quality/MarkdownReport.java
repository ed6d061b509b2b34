package dev.parzen.benchmarks.quality;

import dev.parzen.tpe.bench.Stats;
import java.util.List;
import java.util.Locale;

/**
 * The quality results as Markdown: one table per problem (best loss so far at 25, 50 and 100 % of
 * the budget, the fraction of seeds reaching the target, and a verdict against each reference
 * optimiser at the full budget), a summary of the default TPE across problems, and every case where
 * a configuration is worse than a reference.
 */
final class MarkdownReport {

  private static final int FULL = 2;

  private final StringBuilder out = new StringBuilder();

  /** The report of {@code outcomes}, each run with the same configurations and seeds. */
  static String of(List<ProblemOutcome> outcomes, String headline) {
    MarkdownReport r = new MarkdownReport();
    outcomes.forEach(r::problem);
    r.summary(outcomes, headline);
    r.worse(outcomes);
    return r.out.toString();
  }

  private void problem(ProblemOutcome o) {
    int[] cps = o.problem().checkpoints();
    line(
        "### %s (budget %d, target ≤ %s, %d seeds)",
        o.problem().name(), o.problem().budget(), Stats.format(o.problem().target()), o.seeds());
    line("");
    StringBuilder head = new StringBuilder("| optimiser |");
    for (int cp : cps) {
      head.append(" best after %d evals |".formatted(cp));
    }
    head.append(" target reached |");
    Anchors.OPTIMIZERS.forEach(a -> head.append(" vs ").append(a).append(" |"));
    line(head.toString());
    line("|---".repeat(cps.length + 2 + Anchors.OPTIMIZERS.size()) + "|");
    for (String c : o.best().keySet()) {
      StringBuilder row = cells("Parzen " + c, i -> o.summary(c, i));
      Anchors.OPTIMIZERS.forEach(
          a -> row.append(' ').append(verdict(o.test(c, a, FULL))).append(" |"));
      line(row.toString());
    }
    for (String a : Anchors.OPTIMIZERS) {
      if (Anchors.summary(o.problem().name(), a, FULL) != null) {
        StringBuilder row = cells("anchor " + a, i -> Anchors.summary(o.problem().name(), a, i));
        line(row + " |".repeat(Anchors.OPTIMIZERS.size()));
      }
    }
    line("");
  }

  private StringBuilder cells(String name, java.util.function.IntFunction<Summary> at) {
    StringBuilder row = new StringBuilder("| ").append(name).append(" |");
    for (int i = 0; i <= FULL; i++) {
      row.append(' ').append(at.apply(i).cell()).append(" |");
    }
    return row.append(' ').append(percent(at.apply(FULL).success())).append(" |");
  }

  private void summary(List<ProblemOutcome> outcomes, String configuration) {
    line("### %s against the anchors at the full budget", configuration);
    line("");
    line("Median best loss · fraction reaching the target; in the anchors' columns, the verdict.");
    line("");
    StringBuilder head =
        new StringBuilder("| problem | Parzen ").append(configuration).append(" |");
    Anchors.OPTIMIZERS.forEach(a -> head.append(' ').append(a).append(" |"));
    line(head.toString());
    line("|---".repeat(2 + Anchors.OPTIMIZERS.size()) + "|");
    for (ProblemOutcome o : outcomes) {
      StringBuilder row = new StringBuilder("| ").append(o.problem().name()).append(" | ");
      row.append(headline(o.summary(configuration, FULL))).append(" |");
      for (String a : Anchors.OPTIMIZERS) {
        Summary s = Anchors.summary(o.problem().name(), a, FULL);
        RankTest t = o.test(configuration, a, FULL);
        row.append(' ').append(s == null ? "–" : headline(s) + " — " + verdict(t)).append(" |");
      }
      line(row.toString());
    }
    line("");
  }

  private void worse(List<ProblemOutcome> outcomes) {
    line("### Where a configuration is worse than an anchor (full budget)");
    line("");
    line("Parzen's random search against the anchors' TPEs is left out: it is meant to lose.");
    line("");
    int count = 0;
    for (ProblemOutcome o : outcomes) {
      for (String c : o.best().keySet()) {
        for (String a : Anchors.OPTIMIZERS) {
          RankTest t = o.test(c, a, FULL);
          if (t != null && Verdict.of(t) == Verdict.WORSE && comparable(c, a)) {
            Summary ours = o.summary(c, FULL);
            Summary theirs = Anchors.summary(o.problem().name(), a, FULL);
            line(
                "- %s: Parzen %s vs %s — median %s vs %s, target %s vs %s (%s)",
                o.problem().name(),
                c,
                a,
                Stats.format(ours.median()),
                Stats.format(theirs.median()),
                percent(ours.success()),
                percent(theirs.success()),
                pValue(t.p()));
            count++;
          }
        }
      }
    }
    if (count == 0) {
      line("None.");
    }
  }

  /** False for Parzen's random search set against a reference TPE. */
  private static boolean comparable(String configuration, String anchor) {
    return !configuration.equals(Configuration.RANDOM) || !anchor.contains("tpe");
  }

  private static String headline(Summary s) {
    return Stats.format(s.median()) + " · " + percent(s.success());
  }

  private static String verdict(RankTest t) {
    return t == null ? "–" : Verdict.of(t).label() + " (" + pValue(t.p()) + ")";
  }

  private static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }
}
