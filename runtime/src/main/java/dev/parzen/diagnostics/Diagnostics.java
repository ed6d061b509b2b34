package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Space;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a finished tuning and says in words what users would otherwise look for by eye: best
 * values pressing against a bound, parameter regions that make trials slow or fail, a search still
 * improving at the end, and trials tied with the best.
 *
 * <p>Every check is a pure function of the space and the trials, judges only finished trials, stays
 * silent on fewer than ten of them and errs on the side of silence: a finding should be worth
 * acting on. {@code docs/diagnostics.md} lists the checks and their thresholds. Thread-safe.
 */
public final class Diagnostics {

  private static final List<Rule> RULES =
      List.of(
          new BoundPressing(),
          new SlowRegions(),
          new FailureRegions(),
          new Convergence(),
          new TiedBest());

  private Diagnostics() {}

  /**
   * Every finding about {@code trials} of {@code space}, in a fixed order: bound pressing, slow
   * regions, failure regions, convergence, tied best; within a check, parameters in space order.
   *
   * @param space the space the trials were drawn from; never {@code null}
   * @param trials the trials of the tuning, in any state; never {@code null}
   * @return the findings, empty for a clean run; never {@code null}
   */
  public static List<Diagnostic> inspect(Space<?> space, Trials<?> trials) {
    FlatSpace flat = FlatSpace.of(space);
    List<Diagnostic> out = new ArrayList<>();
    for (Rule rule : RULES) {
      out.addAll(rule.findings(flat, trials));
    }
    return List.copyOf(out);
  }

  /**
   * Warnings about the parallelism: above a tenth of the budget, adaptive search degrades towards
   * random search; above four times the number of parameters, extra parallel trials add little.
   */
  public static List<Diagnostic> parallelism(Space<?> space, int parallelism, int maxEvals) {
    List<Diagnostic> out = new ArrayList<>();
    if (parallelism <= 1) {
      return out;
    }
    if (parallelism > maxEvals / 10.0) {
      out.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              ("parallelism %d is more than a tenth of maxEvals %d: most trials are suggested"
                      + " before results come back, close to random search; raise maxEvals to"
                      + " at least %d or lower parallelism to %d")
                  .formatted(parallelism, maxEvals, parallelism * 10, Math.max(1, maxEvals / 10))));
    }
    int params = FlatSpace.of(space).size();
    if (parallelism > 4 * params) {
      out.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              ("parallelism %d is more than 4 × the %d parameter(s): extra parallel trials add"
                      + " little; use at most %d")
                  .formatted(parallelism, params, 4 * params)));
    }
    return out;
  }
}
